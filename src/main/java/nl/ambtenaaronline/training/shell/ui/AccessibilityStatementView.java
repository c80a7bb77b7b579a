package nl.ambtenaaronline.training.shell.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.ui.ContactText;

/**
 * The accessibility statement (toegankelijkheidsverklaring) in the form Dutch public
 * bodies publish it: status, what was tested and how, known gaps, contact and date. What
 * was tested comes from {@code accessibility/checks.properties}, which the browser tests
 * (ScreensTest, AccessibilityWalkTest) keep equal to the screens they check.
 */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle {

	static final String CHECKS = "/accessibility/checks.properties";

	static final List<String> ROLES = List.of("medewerker", "manager", "hr", "beheerder", "auditor");

	static final int GAPS = 6;

	AccessibilityStatementView(AppProperties app, SettingsService settings) {
		addClassNames("ao-page", "ao-statement");
		Properties checks = checks();
		LocalDate checkedOn = LocalDate.parse(checks.getProperty("checked-on"));
		String date = checkedOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));

		add(new H1(getTranslation("accessibility.title")));
		add(new Paragraph(getTranslation("accessibility.intro", app.cityName())));
		Anchor standard = new Anchor("https://www.w3.org/TR/WCAG21/", getTranslation("accessibility.standard"));
		add(new Paragraph(standard));

		add(new H2(getTranslation("accessibility.status.title")));
		Paragraph status = new Paragraph(getTranslation("accessibility.status"));
		status.setId("accessibility-status");
		add(status);

		add(new H2(getTranslation("accessibility.gaps.title")));
		UnorderedList gaps = new UnorderedList();
		gaps.setId("accessibility-gaps");
		for (int i = 1; i <= GAPS; i++) {
			gaps.add(new ListItem(getTranslation("accessibility.gap." + i)));
		}
		add(gaps);

		add(new H2(getTranslation("accessibility.contact.title")));
		String contact = settings.text("contact.support");
		add(ContactText.paragraph(contact.isBlank() ? getTranslation("accessibility.contact.none")
				: getTranslation("accessibility.contact", contact)));

		add(new H2(getTranslation("accessibility.date.title")));
		add(new Paragraph(getTranslation("accessibility.date", date)));

		// how it is tested, for who checks the claim: after what a reader needs
		add(new H2(getTranslation("accessibility.tested.title")));
		add(new Paragraph(getTranslation("accessibility.tested.how", checks.getProperty("axe-core"),
				(checks.getProperty("wcag-tags") + "," + checks.getProperty("extra-rules")).replace(",", ", "), date)));
		UnorderedList screens = new UnorderedList();
		screens.setId("accessibility-screens");
		for (String role : ROLES) {
			screens.add(item(getTranslation("accessibility.role." + role), checks.getProperty("screens." + role)));
		}
		screens.add(item(getTranslation("accessibility.role.anonymous"), checks.getProperty("public-screens")));
		add(screens);
		add(new Paragraph(getTranslation("accessibility.tested.narrow")));
		add(list(checks.getProperty("narrow-screens")));
		add(new Paragraph(getTranslation("accessibility.tested.keyboard")));
		add(new Paragraph(getTranslation("accessibility.tested.pdf")));
	}

	private ListItem item(String who, String paths) {
		ListItem item = new ListItem(new Span(who + ": "));
		Arrays.stream(paths.split(",", -1)).forEach(path -> item.add(new Code("/" + path), new Span(" ")));
		return item;
	}

	private UnorderedList list(String paths) {
		UnorderedList list = new UnorderedList();
		Arrays.stream(paths.split(",", -1)).forEach(path -> list.add(new ListItem(new Code("/" + path))));
		return list;
	}

	static Properties checks() {
		Properties properties = new Properties();
		try (InputStream in = AccessibilityStatementView.class.getResourceAsStream(CHECKS)) {
			if (in == null) {
				throw new IllegalStateException(CHECKS + " is missing");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accessibility.title") + " – " + getTranslation("app.name");
	}

}
