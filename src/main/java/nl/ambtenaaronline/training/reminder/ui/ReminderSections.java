package nl.ambtenaaronline.training.reminder.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderStatus;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.PersonTrainingSection;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

import org.springframework.core.annotation.Order;

/**
 * The reminders on a person's training page: on "Mijn training" the learner sees which
 * reminders were sent about them; in HR's assignments view, per person, every reminder to
 * or about the person, failures highlighted.
 */
@org.springframework.stereotype.Component
@Order(50)
class ReminderSections implements PersonTrainingSection {

	private final ReminderService reminders;

	private final ContentService contents;

	ReminderSections(ReminderService reminders, ContentService contents) {
		this.reminders = reminders;
		this.contents = contents;
	}

	@Override
	public Optional<com.vaadin.flow.component.Component> mine() {
		List<ReminderSummary> mine = reminders.mine().stream().filter(ReminderSummary::delivered).toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		Section section = new Section();
		section.setId("my-reminders");
		section.addClassName("ao-reminders");
		Locale locale = locale();
		section.add(new H2(section.getTranslation("reminder.mine.title")));
		section.add(new Paragraph(section.getTranslation("reminder.mine.intro")));
		UnorderedList list = new UnorderedList();
		for (ReminderSummary reminder : mine) {
			String course = course(reminder, locale);
			// no course (a manager's overview): no empty brackets
			String line = course.isEmpty()
					? section.getTranslation("reminder.mine.line-no-course",
							ReminderTexts.when(reminder.sentAt(), locale), ReminderTexts.kind(section, reminder))
					: section.getTranslation("reminder.mine.line", ReminderTexts.when(reminder.sentAt(), locale),
							ReminderTexts.kind(section, reminder), course);
			if (reminder.viaManager()) {
				line += " " + section.getTranslation("reminder.mine.via-manager");
			}
			if (reminder.status() == ReminderStatus.SHOWN) {
				// nobody is told they were mailed when no mail server sent it
				line += " " + section.getTranslation("reminder.mine.not-mailed");
			}
			list.add(new ListItem(line));
		}
		section.add(list);
		return Optional.of(section);
	}

	@Override
	public Optional<com.vaadin.flow.component.Component> of(long employeeId) {
		List<ReminderSummary> all = reminders.of(employeeId);
		Section section = new Section();
		section.setId("person-reminders");
		section.addClassName("ao-reminders");
		Locale locale = locale();
		section.add(new H2(section.getTranslation("reminder.person.title")));
		if (all.isEmpty()) {
			section.add(new Paragraph(section.getTranslation("reminder.person.none")));
			return Optional.of(section);
		}
		long failed = all.stream().filter(reminder -> reminder.status() == ReminderStatus.FAILED).count();
		if (failed > 0) {
			Paragraph warning = new Paragraph(section.getTranslation("reminder.person.failed", failed));
			warning.addClassName("ao-reminder-failed");
			section.add(warning);
		}
		Grid<ReminderSummary> grid = new Grid<>();
		grid.setId("person-reminder-grid");
		grid.setAriaLabel(section.getTranslation("reminder.person.title"));
		grid.setAllRowsVisible(true);
		grid.addColumn(reminder -> ReminderTexts.when(reminder.createdAt(), locale))
			.setHeader(section.getTranslation("reminder.column.created"));
		grid.addColumn(reminder -> ReminderTexts.kind(section, reminder)
				+ (reminder.viaManager() ? " " + section.getTranslation("reminder.mine.via-manager") : ""))
			.setHeader(section.getTranslation("reminder.column.kind"));
		grid.addColumn(reminder -> course(reminder, locale))
			.setHeader(section.getTranslation("reminder.column.course"));
		grid.addComponentColumn(reminder -> ReminderTexts.status(section, reminder))
			.setHeader(section.getTranslation("reminder.column.status"));
		grid.addColumn(reminder -> ReminderTexts.sent(reminder, locale))
			.setHeader(section.getTranslation("reminder.column.sent"));
		grid.addColumn(reminder -> ReminderTexts.error(section, reminder))
			.setHeader(section.getTranslation("reminder.column.error"));
		grid.setItems(all);
		section.add(WideGrid.hint(grid), grid);
		return Optional.of(section);
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return ui == null ? Locale.of("nl") : ui.getLocale();
	}

	private String course(ReminderSummary reminder, Locale locale) {
		return ReminderTexts.course(contents, reminder, locale);
	}

}
