package nl.ambtenaaronline.training.assignment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.ui.ComponentTexts;

import org.springframework.core.annotation.Order;

/**
 * HR's overrides where a person is shown: extend, defer and exempt the open assignment of
 * a course, each in a dialog with safe defaults — the date a sensible one in the future,
 * a past date refused, a reason from a fixed list (a note only for "other"; never health
 * data).
 */
@org.springframework.stereotype.Component
@Order(10)
class AssignmentActions implements PersonActions {

	private final AssignmentService assignments;

	private final AccountService accounts;

	AssignmentActions(AssignmentService assignments, AccountService accounts) {
		this.assignments = assignments;
		this.accounts = accounts;
	}

	@Override
	public List<Component> of(long employeeId, String courseId, Consumer<String> done) {
		boolean mayAct = accounts.current().map(user -> user.has(Role.HR) || user.has(Role.ADMIN)).orElse(false);
		if (!mayAct) {
			return List.of();
		}
		return assignments.currentOf(employeeId)
			.stream()
			.filter(assignment -> assignment.open() && assignment.courseId().equals(courseId))
			.findFirst()
			.map(open -> buttons(open, done))
			.orElse(List.of());
	}

	/**
	 * Extend, defer and exempt for one open assignment; for one's own, instead, who does
	 * it (the service refuses them too).
	 */
	List<Component> buttons(AssignmentView open, Consumer<String> done) {
		if (SignedIn.isMe(open.employeeId())) {
			return List.of(ownRecordNote());
		}
		Button extend = new Button();
		extend.setText(extend.getTranslation("assignments.extend"));
		extend.setId("extend-" + open.id());
		extend.addClickListener(click -> dateDialog(extend, "assignments.extend",
				extend.getTranslation("assignments.extend-explained", Dates.day(open.dueOn(), locale())),
				assignments.suggestedExtension(open.dueOn()), (date, reason, note) -> {
					assignments.extend(open.id(), date, reason, note);
					return extend.getTranslation("assignments.extended", Dates.day(date, locale()));
				}, done));
		Button defer = new Button();
		defer.setText(defer.getTranslation("assignments.defer"));
		defer.setId("defer-" + open.id());
		defer.addClickListener(click -> dateDialog(defer, "assignments.defer",
				defer.getTranslation("assignments.defer-explained", Dates.day(open.dueOn(), locale())),
				assignments.suggestedDeferral(), (date, reason, note) -> {
					assignments.defer(open.id(), date, reason, note);
					return defer.getTranslation("assignments.deferred", Dates.day(date, locale()));
				}, done));
		Button exempt = new Button();
		exempt.setText(exempt.getTranslation("assignments.exempt"));
		exempt.setId("exempt-" + open.id());
		exempt.addClickListener(click -> exemptDialog(exempt, open, done));
		for (Button button : List.of(extend, defer, exempt)) {
			button.addThemeVariants(ButtonVariant.SMALL);
		}
		return List.of(extend, defer, exempt);
	}

	/** Says that a colleague records the overrides of one's own training. */
	static Component ownRecordNote() {
		Span note = new Span();
		note.setText(note.getTranslation("assignments.own-record-note"));
		note.addClassName("ao-own-record");
		return note;
	}

	/** What a date dialog saves; returns the confirmation. */
	interface DateAction {

		String save(LocalDate date, OverrideReason reason, String note);

	}

	private void dateDialog(Component owner, String titleKey, String explanation, LocalDate initial, DateAction action,
			Consumer<String> done) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(owner.getTranslation(titleKey));
		// extend and defer differ in what happens meanwhile and after: said before
		// choosing
		Paragraph explained = new Paragraph(explanation);
		explained.setId("override-explained");
		DatePicker date = new DatePicker(owner.getTranslation("assignments.date"), initial);
		date.setId("override-date");
		ComponentTexts.datePicker(date, locale());
		date.setRequiredIndicatorVisible(true);
		RadioButtonGroup<OverrideReason> reason = new RadioButtonGroup<>(
				owner.getTranslation("assignments.override-reason"));
		reason.setId("override-reason");
		reason.setItems(OverrideReason.values());
		reason.setItemLabelGenerator(value -> owner.getTranslation("override-reason." + value.name()));
		reason.setRequiredIndicatorVisible(true);
		reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		TextField note = new TextField(owner.getTranslation("assignments.override-note"));
		note.setId("override-note");
		note.setHelperText(owner.getTranslation("assignments.override-note-help"));
		note.setMaxLength(OverrideReason.NOTE_MAX);
		note.setWidthFull();
		Button save = new Button(owner.getTranslation("assignments.save"), click -> {
			if (date.getValue() == null) {
				date.setErrorMessage(owner.getTranslation("assignments.date-required"));
				date.setInvalid(true);
				return;
			}
			if (reason.getValue() == null) {
				reason.setErrorMessage(owner.getTranslation("assignments.reason-required"));
				reason.setInvalid(true);
				return;
			}
			try {
				String confirmation = action.save(date.getValue(), reason.getValue(), note.getValue());
				dialog.close();
				done.accept(confirmation);
			}
			catch (IllegalArgumentException ex) {
				if (ex.getMessage().startsWith("assignment.reason-note")) {
					note.setErrorMessage(owner.getTranslation(ex.getMessage()));
					note.setInvalid(true);
				}
				else {
					date.setErrorMessage(owner.getTranslation(ex.getMessage()));
					date.setInvalid(true);
				}
			}
		});
		save.setId("override-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(explained, date, reason, note);
		dialog.getFooter().add(new Button(owner.getTranslation("common.close"), click -> dialog.close()), save);
		dialog.open();
	}

	private void exemptDialog(Component owner, AssignmentView open, Consumer<String> done) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(owner.getTranslation("assignments.exempt"));
		TextArea reason = new TextArea(owner.getTranslation("assignments.exempt-reason-label"));
		reason.setId("exempt-reason");
		reason.setHelperText(owner.getTranslation("assignments.exempt-reason-help"));
		reason.setMaxLength(500);
		reason.setWidthFull();
		Button save = new Button(owner.getTranslation("assignments.save"), click -> {
			try {
				assignments.exempt(open.id(), reason.getValue());
				dialog.close();
				done.accept(owner.getTranslation("assignments.exempted"));
			}
			catch (IllegalArgumentException ex) {
				if (AssignmentService.OWN_RECORD.equals(ex.getMessage())) {
					dialog.close();
					done.accept(owner.getTranslation(ex.getMessage()));
					return;
				}
				reason.setErrorMessage(owner.getTranslation(ex.getMessage()));
				reason.setInvalid(true);
			}
		});
		save.setId("exempt-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(reason);
		dialog.getFooter().add(new Button(owner.getTranslation("common.close"), click -> dialog.close()), save);
		dialog.open();
	}

	private static java.util.Locale locale() {
		com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
		return ui == null ? java.util.Locale.of("nl") : ui.getLocale();
	}

}
