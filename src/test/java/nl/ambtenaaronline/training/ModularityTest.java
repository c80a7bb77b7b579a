package nl.ambtenaaronline.training;

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
	void writesTheModuleOverviewIntoDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
