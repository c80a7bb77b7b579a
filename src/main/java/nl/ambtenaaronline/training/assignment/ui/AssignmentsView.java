package nl.ambtenaaronline.training.assignment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.PersonTrainingSection;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.ui.ComponentTexts;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.beans.factory.ObjectProvider;

/**
 * HR: one person's assignments with status and history, and the overrides — extend and
 * defer (a reason from a fixed list), exempt with a reason, record a classroom
 * completion, grant an extra assessment attempt. Every change is audited.
 */
@Route("assignments")
@RolesAllowed({ Roles.HR, Roles.ADMIN })
@Menu(title = "menu.assignments", order = 30)
class AssignmentsView extends Main implements HasDynamicTitle {

	private final AssignmentService assignments;

	private final ContentService contents;

	private final AssessmentService learning;

	private final Div details = new Div();

	private final Paragraph message = new Paragraph();

	private EmployeeSummary person;

	private final ObjectProvider<PersonTrainingSection> sections;

	private final AssignmentActions actions;

	private final Clock clock;

	AssignmentsView(AssignmentService assignments, EmployeeService employees, ContentService contents,
			AssessmentService learning, ObjectProvider<PersonTrainingSection> sections, AssignmentActions actions,
			Clock clock) {
		this.clock = clock;
		this.actions = actions;
		this.sections = sections;
		this.assignments = assignments;
		this.contents = contents;
		this.learning = learning;
		addClassName("ao-page");
		ComboBox<EmployeeSummary> who = new ComboBox<>(getTranslation("assignments.person"));
		who.setId("assignment-person");
		who.setHelperText(getTranslation("assignments.person.help"));
		who.setItemLabelGenerator(e -> e.employeeNumber() + " – " + e.displayName() + " (" + e.departmentName() + ")");
		who.setItems(
				query -> employees.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
		who.setWidthFull();
		who.setMaxWidth("40rem");
		who.addValueChangeListener(change -> {
			person = change.getValue();
			show();
		});
		message.setId("assignment-message");
		message.getElement().setAttribute("role", "status");
		add(new H1(getTranslation("assignments.title")), new Paragraph(getTranslation("assignments.intro")), who,
				message, details);
	}

	private void show() {
		details.removeAll();
		if (person == null) {
			return;
		}
		Locale locale = getLocale();
		details.add(new H2(person.displayName()));
		List<AssignmentView> history = assignments.historyOf(person.id());
		Grid<AssignmentView> grid = new Grid<>();
		grid.setId("assignment-grid");
		grid.setAriaLabel(getTranslation("assignments.title"));
		grid.setAllRowsVisible(true);
		grid.addColumn(a -> courseTitle(a.courseId(), locale)).setHeader(getTranslation("assignments.course"));
		grid.addColumn(a -> getTranslation("reason." + a.reason().name()))
			.setHeader(getTranslation("assignments.reason"));
		grid.addColumn(a -> getTranslation("status." + a.status().name()))
			.setHeader(getTranslation("assignments.status"));
		grid.addColumn(a -> Dates.day(a.dueOn(), locale)).setHeader(getTranslation("assignments.due"));
		grid.addColumn(a -> a.closedOn() == null ? "" : Dates.day(a.closedOn(), locale) + " (" + a.closedReason() + ")")
			.setHeader(getTranslation("assignments.closed"));
		grid.setItems(history);
		details.add(grid);
		history.stream().filter(AssignmentView::open).forEach(open -> details.add(actions(open, locale)));
		Button classroom = new Button(getTranslation("assignments.classroom"), click -> classroomDialog());
		classroom.setId("record-classroom");
		Button extra = new Button(getTranslation("assignments.extra-attempt"), click -> {
			contents.courses().forEach(course -> learning.grantExtraAttempt(person.id(), course.id()));
			message.setText(getTranslation("assignments.extra-attempt-done"));
		});
		extra.setId("grant-extra-attempt");
		FlexLayout general = new FlexLayout(classroom, extra);
		general.addClassName("ao-buttons");
		details.add(SignedIn.isMe(person.id()) ? AssignmentActions.ownRecordNote() : general);
		// sections of other features about this person (e.g. the reminders), without
		// knowing them
		sections.orderedStream()
			.map(section -> section.of(person.id()))
			.flatMap(java.util.Optional::stream)
			.forEach(details::add);
	}

	private Div actions(AssignmentView open, Locale locale) {
		Div box = new Div();
		box.addClassName("ao-card");
		box.add(new Paragraph(getTranslation("assignments.open", courseTitle(open.courseId(), locale),
				getTranslation("status." + open.status().name()))));
		FlexLayout buttons = new FlexLayout();
		actions.buttons(open, done -> {
			show();
			message.setText(done);
		}).forEach(buttons::add);
		buttons.addClassName("ao-buttons");
		box.add(buttons);
		return box;
	}

	private void classroomDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("assignments.classroom"));
		ComboBox<String> course = new ComboBox<>(getTranslation("assignments.course"));
		course.setItems(contents.courses().stream().map(c -> c.id()).toList());
		course.setItemLabelGenerator(id -> courseTitle(id, getLocale()));
		if (!contents.courses().isEmpty()) {
			course.setValue(contents.courses().getFirst().id());
		}
		DatePicker date = new DatePicker(getTranslation("assignments.classroom-date"),
				LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
		date.setId("classroom-date");
		ComponentTexts.datePicker(date, getLocale());
		TextField trainer = new TextField(getTranslation("assignments.trainer"));
		trainer.setId("classroom-trainer");
		trainer.setMaxLength(200);
		Button save = new Button(getTranslation("assignments.save"), click -> {
			if (course.getValue() == null || date.getValue() == null) {
				date.setErrorMessage(getTranslation("assignments.date-required"));
				date.setInvalid(true);
				return;
			}
			try {
				assignments.recordClassroom(person.id(), course.getValue(), date.getValue(), trainer.getValue());
				dialog.close();
				message.setText(getTranslation("assignments.saved"));
				show();
			}
			catch (IllegalArgumentException ex) {
				if (AssignmentService.OWN_RECORD.equals(ex.getMessage())) {
					dialog.close();
					message.setText(getTranslation(ex.getMessage()));
				}
				else if (ex.getMessage().equals("assignment.classroom-trainer")) {
					trainer.setErrorMessage(getTranslation(ex.getMessage()));
					trainer.setInvalid(true);
				}
				else {
					date.setErrorMessage(getTranslation(ex.getMessage()));
					date.setInvalid(true);
				}
			}
		});
		save.setId("classroom-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(new Div(course), new Div(date), new Div(trainer));
		dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()), save);
		dialog.open();
	}

	private String courseTitle(String courseId, Locale locale) {
		return contents.current(courseId).map(c -> c.title().in(locale)).orElse(courseId);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("assignments.title") + " – " + getTranslation("app.name");
	}

}
