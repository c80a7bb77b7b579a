package nl.ambtenaaronline.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Keeps the feature modules apart: Spring Modulith's verification (no cycles, no access
 * to another module's internals) plus the house rules for views and services.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("nl.ambtenaaronline.training");

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		MODULES.verify();
	}

	@Test
	void learningKnowsNeitherTheRosterNorTheAccounts() {
		// who is signed in comes from the principal (shared), never from a query
		ArchRule rule = noClasses().that()
			.resideInAPackage("nl.ambtenaaronline.training.learning..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("nl.ambtenaaronline.training.employee..", "nl.ambtenaaronline.training.security..");
		rule.check(CLASSES);
	}

	@Test
	void assignmentReportingAndSnapshotsReadLearningOnlyThroughItsRecords() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage("nl.ambtenaaronline.training.assignment", "nl.ambtenaaronline.training.reporting",
					"nl.ambtenaaronline.training.snapshot")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("nl.ambtenaaronline.training.learning.LearningService")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("nl.ambtenaaronline.training.learning.AssessmentService");
		rule.check(CLASSES);
	}

	@Test
	void viewsNeverTouchARepositoryOrTheEntityManager() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(EntityManager.class)
			.orShould()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class);
		rule.check(CLASSES);
	}

	@Test
	void noFeatureImportsTheShell() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("nl.ambtenaaronline.training..")
			.and()
			.resideOutsideOfPackage("nl.ambtenaaronline.training.shell..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("nl.ambtenaaronline.training.shell..")
			.because("the shell knows the features through @Menu and routes, never the other way round");
		rule.check(CLASSES);
	}

	@Test
	void servicesNeverReturnEntities() {
		ArchRule rule = noMethods().that()
			.arePublic()
			.and()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Service.class)
			.should()
			.haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an entity",
					type -> type.isAnnotatedWith(Entity.class)));
		rule.check(CLASSES);
	}

	@Test
	void everyPublicServiceMethodDeclaresWhoMayCallIt() {
		ArchRule rule = methods().that()
			.arePublic()
			.and()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Service.class)
			.should()
			.beAnnotatedWith(RolesAllowed.class)
			.orShould()
			.beAnnotatedWith(PermitAll.class);
		rule.check(CLASSES);
	}

	@Test
	void writesTheModuleOverviewIntoDocs() throws IOException {
		Path folder = Path.of("docs/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				List<String> lines = List.of(Files.readString(file).split("\n", -1));
				Files.writeString(file, String.join("\n", inStableOrder(lines)));
			}
		}
	}

	/**
	 * Sorts what the documenter writes in hash order (the components and relations of a
	 * diagram, the items of a list on a canvas), so that writing the documents again
	 * changes no file.
	 */
	static List<String> inStableOrder(List<String> lines) {
		List<String> result = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			int end = i + 1;
			if (lines.get(i).startsWith("Rel(")) {
				while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
					end++;
				}
				result.addAll(lines.subList(i, end).stream().sorted().toList());
			}
			else if (lines.get(i).strip().startsWith("Component(")) {
				while (end < lines.size() && lines.get(end).strip().startsWith("Component(")) {
					end++;
				}
				result.addAll(lines.subList(i, end).stream().sorted().toList());
			}
			else if (lines.get(i).startsWith("* ") || lines.get(i).startsWith("|* ")) {
				boolean cell = lines.get(i).startsWith("|");
				while (end < lines.size() && lines.get(end).startsWith("* ")) {
					end++;
				}
				List<String> items = new ArrayList<>(lines.subList(i, end));
				items.set(0, items.get(0).substring(cell ? 1 : 0));
				items.sort(null);
				if (cell) {
					items.set(0, "|" + items.get(0));
				}
				result.addAll(items);
			}
			else {
				result.add(lines.get(i));
			}
			i = end;
		}
		return result;
	}

}
