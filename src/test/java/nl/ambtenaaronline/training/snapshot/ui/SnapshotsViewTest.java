package nl.ambtenaaronline.training.snapshot.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.snapshot.DepartmentFigures;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import nl.ambtenaaronline.training.snapshot.SnapshotSummary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The snapshot screen without a browser. */
class SnapshotsViewTest {

	@Nested
	@IntegrationTest
	@WithUserDetails("hr")
	class Hr extends SpringBrowserlessTest {

		@Autowired
		SnapshotService snapshots;

		@Autowired
		Clock clock;

		@Test
		@SuppressWarnings("unchecked")
		void takesASnapshotSeesItsTotalsAndVerifiesIt() {
			navigate(SnapshotsView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Momentopnamen naleving");
			LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
			$(DatePicker.class).id("snapshot-as-of").setValue(today);
			test($(Button.class).id("snapshot-create")).click();
			Paragraph status = $(Paragraph.class).id("snapshot-status");
			assertThat(status.getText()).startsWith("Momentopname per").contains("gemaakt");
			SnapshotSummary made = snapshots.list().getFirst();
			assertThat(made.asOf()).isEqualTo(today);
			assertThat($(Section.class).id("snapshot-details").getElement().getTextRecursively())
				.contains(made.digest());
			// the totals say what they add up to, and a snapshot of today says it stops
			// now
			assertThat($(Paragraph.class).id("snapshot-explained").getText()).startsWith("Op het peilmoment (")
				.contains("waren " + (made.counted() + made.excluded()) + " mensen bekend")
				.contains(made.counted() + " tellen mee")
				.contains(made.excluded() + " niet, omdat");
			assertThat($(Paragraph.class).id("snapshot-partial-day").getText())
				.startsWith("Deze momentopname is gemaakt op de peildatum");
			// the whole organisation last, adding up to the snapshot's own count
			Grid<DepartmentFigures> totals = $(Grid.class).id("snapshot-totals");
			DepartmentFigures all = test(totals).getRow(test(totals).size() - 1);
			assertThat(all.department()).isEqualTo("Alle afdelingen");
			assertThat(all.counted()).isEqualTo(made.counted());
			assertThat(all.excluded()).isEqualTo(made.excluded());
			assertThat($(Anchor.class).id("snapshot-xlsx-" + made.id()).getHref()).isNotBlank();
			assertThat($(Anchor.class).id("snapshot-pdf-" + made.id()).getElement().getAttribute("aria-label"))
				.contains("PDF/A");
			test($(Button.class).id("snapshot-verify-" + made.id())).click();
			assertThat(status.getText()).contains("klopt");
			// in the list: today's is an interim figure, yesterday's the day's end
			Grid<SnapshotSummary> list = $(Grid.class).id("snapshots");
			assertThat(test(list).getCellComponent(0, "as-of").getElement().getTextRecursively())
				.contains("tussenstand tot");
			$(DatePicker.class).id("snapshot-as-of").setValue(today.minusDays(1));
			test($(Button.class).id("snapshot-create")).click();
			// the demo's assignments were made today: yesterday's is empty, stored on
			// confirmation
			test($(Button.class).id("snapshot-confirm-empty-yes")).click();
			SnapshotSummary dayEnd = snapshots.list()
				.stream()
				.filter(snapshot -> snapshot.asOf().equals(today.minusDays(1)))
				.max(java.util.Comparator.comparing(SnapshotSummary::createdAt))
				.orElseThrow();
			List<SnapshotSummary> rows = list.getGenericDataView().getItems().toList();
			// each row has a button that says what it is for, and opens its details
			for (SnapshotSummary each : List.of(made, dayEnd)) {
				Button open = (Button) test(list).getCellComponent(rows.indexOf(each), "open");
				assertThat(open.getText()).isEqualTo("Bekijken");
				test(open).click();
				assertThat($(Section.class).id("snapshot-details").getElement().getTextRecursively())
					.contains(each.digest());
			}
			assertThat(test(list).getCellComponent(rows.indexOf(dayEnd), "as-of").getElement().getTextRecursively())
				.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.of("nl"))
					.format(today.minusDays(1)));
		}

		@Test
		void anEmptySnapshotExplainsWhyAndIsStoredOnlyAfterConfirmation() {
			// the demo city's assignments were all made today: yesterday nobody counted
			LocalDate yesterday = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).minusDays(1);
			int before = snapshots.list().size();
			navigate(SnapshotsView.class);
			$(DatePicker.class).id("snapshot-as-of").setValue(yesterday);
			test($(Button.class).id("snapshot-create")).click();

			Dialog dialog = $(Dialog.class).id("snapshot-confirm-empty");
			assertThat(dialog.getHeaderTitle()).isEqualTo("Deze momentopname is leeg");
			assertThat(dialog.getElement().getTextRecursively()).contains("nog voor niemand een toewijzing",
					"de peildatum te vroeg");
			assertThat(snapshots.list()).hasSize(before);

			test($(Button.class).id("snapshot-confirm-empty-no")).click();
			assertThat(snapshots.list()).hasSize(before);

			test($(Button.class).id("snapshot-create")).click();
			test($(Button.class).id("snapshot-confirm-empty-yes")).click();
			assertThat(snapshots.list()).hasSize(before + 1);
			assertThat(snapshots.list().getFirst().counted()).isZero();
		}

		@Test
		void aDayInTheFutureGetsAClearMessage() {
			navigate(SnapshotsView.class);
			DatePicker asOf = $(DatePicker.class).id("snapshot-as-of");
			asOf.setMax(null);
			asOf.setValue(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).plusDays(3));
			test($(Button.class).id("snapshot-create")).click();
			assertThat(asOf.isInvalid()).isTrue();
			assertThat(asOf.getErrorMessage()).contains("toekomst");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class Auditor extends SpringBrowserlessTest {

		@Test
		void seesTheSnapshotsButCannotTakeOne() {
			navigate(SnapshotsView.class);
			assertThat($(Button.class).withId("snapshot-create").exists()).isFalse();
			Grid<?> grid = $(Grid.class).id("snapshots");
			assertThat(grid.getGenericDataView().getItems().count()).isPositive();
			// the reference moment and who made it are in the list, not only in the PDF
			assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
				.contains("Peildatum", "Peilmoment", "Gemaakt door");
			@SuppressWarnings("unchecked")
			Grid<SnapshotSummary> typed = (Grid<SnapshotSummary>) grid;
			List<SnapshotSummary> items = typed.getGenericDataView().getItems().toList();
			int bySystem = items
				.indexOf(items.stream().filter(item -> item.createdBy().equals("system")).findFirst().orElseThrow());
			assertThat(test(typed).getCellText(bySystem, 2)).isEqualTo("Automatisch (door het systeem)");
			// the demo's is of today, made before the day ended: the list says so
			// where it is scanned, not only in the details
			SnapshotSummary demo = items.get(bySystem);
			assertThat(demo.recordedBy().atZone(TimeConfiguration.ZONE).toLocalDate()).isEqualTo(demo.asOf());
			String time = java.time.format.DateTimeFormatter.ofPattern("H:mm")
				.format(demo.recordedBy().atZone(TimeConfiguration.ZONE));
			assertThat(test(typed).getCellComponent(bySystem, "as-of").getElement().getTextRecursively())
				.endsWith("tussenstand tot " + time + ", niet het eind van de dag");
			assertThat(test(typed).getCellText(bySystem, 1))
				.contains(String.valueOf(items.get(bySystem).recordedBy().atZone(TimeConfiguration.ZONE).getYear()));
			assertThat($(Button.class).all())
				.anySatisfy(button -> assertThat(button.getId().orElse("")).startsWith("snapshot-verify-"));
			assertThat($(Anchor.class).all())
				.anySatisfy(link -> assertThat(link.getId().orElse("")).startsWith("snapshot-pdf-"));
		}

	}

}
