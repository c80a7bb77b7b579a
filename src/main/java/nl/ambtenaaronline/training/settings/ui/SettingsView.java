package nl.ambtenaaronline.training.settings.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.settings.InvalidSettingException;
import nl.ambtenaaronline.training.settings.InvalidSettingsException;
import nl.ambtenaaronline.training.settings.SettingType;
import nl.ambtenaaronline.training.settings.SettingValue;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SettingImpact;
import nl.ambtenaaronline.training.shared.ui.ComponentTexts;
import nl.ambtenaaronline.training.shared.Dates;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Run-time settings in sections by topic, each section saved as a whole (every value
 * validated first; nothing stored when one does not fit), each change audited with old
 * and new value. HR sees the settings marked HR-editable; administrators see all.
 */
@Route("settings")
@RolesAllowed({ Roles.ADMIN, Roles.HR })
@Menu(title = "menu.settings", order = 85)
class SettingsView extends Main implements HasDynamicTitle, BeforeLeaveObserver {

	/**
	 * Each section's fields by the section's title, to say what is unsaved on leaving.
	 */
	private final Map<String, List<Entry>> sectionEntries = new LinkedHashMap<>();

	/** One setting on the screen: its field, its current value and how to refuse it. */
	private record Entry(String key, String label, SettingType type, Component input, Supplier<String> value,
			Consumer<String> refuse, Span unsaved, String[] saved) {

		boolean changed() {
			return !value.get().equals(saved[0]);
		}

	}

	/**
	 * What a save would do, from the features whose settings move dates or erase data.
	 */
	private final List<SettingImpact.Source> impacts;

	SettingsView(SettingsService settings, ObjectProvider<SettingImpact.Source> impacts) {
		this.impacts = impacts.orderedStream().toList();
		addClassName("ao-page");
		add(new H1(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")));
		DateTimeFormatter format = Dates.momentFormat(getLocale());
		// the settings in sections by their topic (the key's first part), each saved as a
		// whole: edit several fields, press one Opslaan
		Map<String, List<SettingValue>> sections = new LinkedHashMap<>();
		for (SettingValue setting : settings.list()) {
			String key = setting.definition().key();
			sections.computeIfAbsent(key.substring(0, Math.max(key.indexOf('.'), 0)), topic -> new ArrayList<>())
				.add(setting);
		}
		sections.forEach((topic, values) -> {
			String title = sectionTitle(topic);
			FormLayout form = new FormLayout();
			form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
			List<Entry> entries = new ArrayList<>();
			for (SettingValue setting : values) {
				Entry entry = entry(setting, format);
				entries.add(entry);
				form.add(entry.input(), entry.unsaved());
			}
			sectionEntries.put(title, entries);
			Button save = new Button(getTranslation("settings.save"), event -> save(settings, entries));
			save.setId("settings-save-" + (topic.isEmpty() ? "other" : topic));
			save.addThemeVariants(ButtonVariant.PRIMARY);
			save.setAriaLabel(getTranslation("settings.save-section", title));
			Section section = new Section(new H2(title), form, save);
			section.addClassName("ao-settings-section");
			add(section);
		});
	}

	private String sectionTitle(String topic) {
		String title = getTranslation("settings.section." + topic);
		return title.startsWith("!") ? getTranslation("settings.section.other") : title;
	}

	private Entry entry(SettingValue setting, DateTimeFormatter format) {
		String key = setting.definition().key();
		String label = getTranslation(setting.definition().labelKey())
				+ (setting.definition().labelSuffix().isEmpty() ? "" : " – " + setting.definition().labelSuffix());
		String help = getTranslation(setting.definition().labelKey() + ".help");
		if (setting.definition().type() == SettingType.INTEGER) {
			// the bounds the store holds it to, said before anyone types past them
			help += " " + getTranslation("settings.range", setting.definition().min(), setting.definition().max());
		}
		if (setting.changedAt() != null) {
			help += " " + getTranslation("settings.changed", format.format(setting.changedAt()),
					"system".equals(setting.changedBy()) ? getTranslation("settings.changed-by-system")
							: setting.changedBy());
		}
		// an on/off setting is a checkbox that stores "true" or "false" as before;
		// nobody types an English word to protect a privacy setting
		Component input;
		Supplier<String> value;
		Consumer<String> refuse;
		if (setting.definition().type() == SettingType.DATE) {
			// a date is picked (and shown) as elsewhere on the screens; stored as before
			DatePicker picker = new DatePicker(label);
			picker.setId("setting-" + key.replace('.', '-'));
			ComponentTexts.datePicker(picker, getLocale());
			picker.setClearButtonVisible(true);
			picker.setValue(setting.value().isEmpty() ? null : LocalDate.parse(setting.value()));
			picker.setHelperText(help);
			input = picker;
			value = () -> picker.getValue() == null ? "" : picker.getValue().toString();
			refuse = message -> {
				picker.setErrorMessage(message);
				picker.setInvalid(true);
			};
		}
		else if (setting.definition().type() == SettingType.WEEKDAY) {
			// a working day by its name, not its number
			Select<Integer> day = new Select<>();
			day.setLabel(label);
			day.setId("setting-" + key.replace('.', '-'));
			day.setItems(1, 2, 3, 4, 5);
			day.setItemLabelGenerator(
					number -> DayOfWeek.of(number).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
			day.setValue(Integer.parseInt(setting.value()));
			day.setHelperText(help);
			input = day;
			value = () -> day.getValue() == null ? "" : Integer.toString(day.getValue());
			refuse = message -> {
				day.setErrorMessage(message);
				day.setInvalid(true);
			};
		}
		else if (setting.definition().type() == SettingType.BOOLEAN) {
			Checkbox box = new Checkbox(label, Boolean.parseBoolean(setting.value()));
			box.setId("setting-" + key.replace('.', '-'));
			box.setHelperText(help);
			input = box;
			value = () -> Boolean.toString(box.getValue());
			refuse = message -> {
				box.setErrorMessage(message);
				box.setInvalid(true);
			};
		}
		else {
			TextField field = new TextField(label);
			field.setId("setting-" + key.replace('.', '-'));
			field.setValue(setting.value());
			field.setWidthFull();
			field.setHelperText(help);
			input = field;
			value = field::getValue;
			refuse = message -> {
				field.setErrorMessage(message);
				field.setInvalid(true);
			};
		}
		// a field edited but not saved says so, until its section's Opslaan stores it
		Span unsaved = new Span(getTranslation("settings.unsaved"));
		unsaved.setId("unsaved-" + key.replace('.', '-'));
		unsaved.addClassName("ao-unsaved");
		unsaved.getElement().setAttribute("role", "status");
		unsaved.setVisible(false);
		Entry entry = new Entry(key, label, setting.definition().type(), input, value, refuse, unsaved,
				new String[] { value.get() });
		((HasValue<?, ?>) input).addValueChangeListener(change -> unsaved.setVisible(entry.changed()));
		return entry;
	}

	/** Stores every changed field of a section, or none when one does not fit. */
	private void save(SettingsService settings, List<Entry> entries) {
		Map<String, String> changed = new LinkedHashMap<>();
		entries.forEach(entry -> {
			((HasValidation) entry.input()).setInvalid(false);
			if (entry.changed()) {
				changed.put(entry.key(), entry.value().get());
			}
		});
		if (changed.isEmpty()) {
			Notification.show(getTranslation("settings.nothing-changed"));
			return;
		}
		List<SettingImpact> impact = impacts.stream().flatMap(source -> source.impactOf(changed).stream()).toList();
		if (impact.isEmpty()) {
			store(settings, entries, changed);
			return;
		}
		// terms that set due dates and periods after which data is erased: first what
		// changes and what that does, counted now; stored only on a second click
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("settings-impact-dialog");
		dialog.setHeader(getTranslation("settings.impact.title"));
		UnorderedList changes = new UnorderedList();
		changes.setId("settings-impact-changes");
		entries.stream()
			.filter(Entry::changed)
			.forEach(entry -> changes.add(new ListItem(getTranslation("settings.impact.change", entry.label(),
					shown(entry, entry.saved()[0]), shown(entry, entry.value().get())))));
		UnorderedList effects = new UnorderedList();
		effects.setId("settings-impact-effects");
		impact.forEach(line -> effects.add(new ListItem(getTranslation(line.messageKey(),
				line.arguments()
					.stream()
					.map(argument -> argument instanceof SettingImpact.Words words ? getTranslation(words.messageKey())
							: argument)
					.toArray()))));
		dialog.add(changes, new Paragraph(getTranslation("settings.impact.effects")), effects);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("settings.impact.cancel"));
		dialog.setConfirmText(getTranslation("settings.impact.confirm"));
		dialog.addConfirmListener(confirm -> store(settings, entries, changed));
		dialog.open();
	}

	/** A value as the field shows it: a date as a date, a day by its name, on or off. */
	private String shown(Entry entry, String value) {
		if (value.isEmpty()) {
			return getTranslation("settings.impact.empty");
		}
		return switch (entry.type()) {
			case DATE -> Dates.day(LocalDate.parse(value), getLocale());
			case WEEKDAY ->
				DayOfWeek.of(Integer.parseInt(value)).getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
			case BOOLEAN -> getTranslation(Boolean.parseBoolean(value) ? "settings.impact.on" : "settings.impact.off");
			default -> value;
		};
	}

	private void store(SettingsService settings, List<Entry> entries, Map<String, String> changed) {
		try {
			settings.updateAll(changed);
		}
		catch (InvalidSettingsException ex) {
			boolean first = true;
			for (Entry entry : entries) {
				InvalidSettingException refusal = ex.refused().get(entry.key());
				if (refusal != null) {
					entry.refuse().accept(getTranslation(refusal.getMessage(), refusal.arguments()));
					if (first) {
						((Focusable<?>) entry.input()).focus();
						first = false;
					}
				}
			}
			Notification.show(getTranslation("settings.not-saved", ex.refused().size()));
			return;
		}
		entries.stream().filter(Entry::changed).forEach(entry -> {
			entry.saved()[0] = entry.value().get();
			entry.unsaved().setVisible(false);
		});
		Notification.show(getTranslation("settings.saved-count", changed.size()));
	}

	/**
	 * Leaving with a field edited but not saved asks first, naming the sections: stay
	 * (and press their Opslaan) or leave without saving.
	 */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		List<String> unsaved = sectionEntries.entrySet()
			.stream()
			.filter(section -> section.getValue().stream().anyMatch(Entry::changed))
			.map(Map.Entry::getKey)
			.toList();
		if (unsaved.isEmpty()) {
			return;
		}
		ContinueNavigationAction action = event.postpone();
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("settings-leave-dialog");
		dialog.setHeader(getTranslation("settings.leave.title"));
		dialog.setText(getTranslation("settings.leave.text", String.join(", ", unsaved)));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("settings.leave.stay"));
		dialog.setConfirmText(getTranslation("settings.leave.go"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirm -> action.proceed());
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("settings.title") + " – " + getTranslation("app.name");
	}

}
