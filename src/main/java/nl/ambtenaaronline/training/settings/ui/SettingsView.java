package nl.ambtenaaronline.training.settings.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.settings.InvalidSettingException;
import nl.ambtenaaronline.training.settings.SettingType;
import nl.ambtenaaronline.training.settings.SettingValue;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * Run-time settings: each one validated, saved on its own and audited with old and new
 * value. HR sees the settings marked HR-editable; administrators see all.
 */
@Route("settings")
@RolesAllowed({ Roles.ADMIN, Roles.HR })
@Menu(title = "menu.settings", order = 85)
class SettingsView extends Main implements HasDynamicTitle {

	SettingsView(SettingsService settings) {
		addClassName("ao-page");
		add(new H1(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")));
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(TimeConfiguration.ZONE);
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		for (SettingValue setting : settings.list()) {
			String key = setting.definition().key();
			String label = getTranslation(setting.definition().labelKey())
					+ (setting.definition().labelSuffix().isEmpty() ? "" : " – " + setting.definition().labelSuffix());
			String help = getTranslation(setting.definition().labelKey() + ".help");
			if (setting.changedAt() != null) {
				help += " "
						+ getTranslation("settings.changed", format.format(setting.changedAt()), setting.changedBy());
			}
			// an on/off setting is a checkbox that stores "true" or "false" as before;
			// nobody types an English word to protect a privacy setting
			boolean onOff = setting.definition().type() == SettingType.BOOLEAN;
			Component input;
			Supplier<String> value;
			Consumer<String> refuse;
			if (onOff) {
				Checkbox box = new Checkbox(label, Boolean.parseBoolean(setting.value()));
				box.setId("setting-" + key.replace('.', '-'));
				box.setHelperText(help);
				input = box;
				value = () -> Boolean.toString(box.getValue());
				refuse = message -> {
					box.setErrorMessage(message);
					box.setInvalid(true);
					box.focus();
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
					field.focus();
				};
			}
			// a field edited but not saved says so, until its Opslaan stores it
			Span unsaved = new Span(getTranslation("settings.unsaved"));
			unsaved.setId("unsaved-" + key.replace('.', '-'));
			unsaved.addClassName("ao-unsaved");
			unsaved.getElement().setAttribute("role", "status");
			unsaved.setVisible(false);
			String[] saved = { value.get() };
			((HasValue<?, ?>) input)
				.addValueChangeListener(change -> unsaved.setVisible(!value.get().equals(saved[0])));
			Button save = new Button(getTranslation("settings.save"), event -> {
				try {
					settings.update(key, value.get());
					saved[0] = value.get();
					unsaved.setVisible(false);
					((HasValidation) input).setInvalid(false);
					Notification.show(getTranslation("settings.saved"));
				}
				catch (InvalidSettingException ex) {
					refuse.accept(getTranslation(ex.getMessage(), ex.arguments()));
				}
			});
			save.addThemeVariants(ButtonVariant.TERTIARY);
			save.setAriaLabel(getTranslation("settings.save-one", label));
			Div actions = new Div(save, unsaved);
			actions.addClassName("ao-buttons");
			form.add(input, actions);
		}
		add(form);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("settings.title") + " – " + getTranslation("app.name");
	}

}
