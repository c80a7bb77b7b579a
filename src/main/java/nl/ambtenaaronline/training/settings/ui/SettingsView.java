package nl.ambtenaaronline.training.settings.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.settings.InvalidSettingException;
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
			TextField field = new TextField(label);
			field.setId("setting-" + key.replace('.', '-'));
			field.setValue(setting.value());
			field.setWidthFull();
			String help = getTranslation(setting.definition().labelKey() + ".help");
			if (setting.changedAt() != null) {
				help += " "
						+ getTranslation("settings.changed", format.format(setting.changedAt()), setting.changedBy());
			}
			field.setHelperText(help);
			Button save = new Button(getTranslation("settings.save"), event -> {
				try {
					settings.update(key, field.getValue());
					field.setInvalid(false);
					Notification.show(getTranslation("settings.saved"));
				}
				catch (InvalidSettingException ex) {
					field.setErrorMessage(getTranslation(ex.getMessage(), ex.arguments()));
					field.setInvalid(true);
					field.focus();
				}
			});
			save.addThemeVariants(ButtonVariant.TERTIARY);
			save.setAriaLabel(getTranslation("settings.save-one", label));
			form.add(field, save);
		}
		add(form);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("settings.title") + " – " + getTranslation("app.name");
	}

}
