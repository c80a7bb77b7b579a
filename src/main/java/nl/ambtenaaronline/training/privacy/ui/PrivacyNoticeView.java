package nl.ambtenaaronline.training.privacy.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ambtenaaronline.training.integration.IntegrationProperties;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.RetentionKind;

/**
 * The privacy notice (AVG art. 13), for everyone including visitors who are not signed
 * in; linked from every page and the login page. Its text is in the message bundles
 * (Dutch and English); the retention periods and the contact are read live from the
 * settings, so the notice always says what the system does.
 */
@Route("privacy")
@AnonymousAllowed
class PrivacyNoticeView extends Main implements HasDynamicTitle {

	PrivacyNoticeView(PrivacyService privacy, AccountService accounts, AppProperties properties,
			IntegrationProperties integration) {
		addClassName("ao-page");
		addClassName("ao-privacy-notice");
		add(new H1(getTranslation("privacy.notice.title")),
				new Paragraph(getTranslation("privacy.notice.intro", properties.cityName())));

		add(section("purpose", new Paragraph(getTranslation("privacy.notice.purpose.text")),
				new Paragraph(getTranslation("privacy.notice.purpose.not-appraisal"))));
		// whether the learning records (xAPI) are switched on here, not only that they
		// may be
		Paragraph xapi = new Paragraph(
				getTranslation(integration.xapi().enabled() ? "privacy.notice.xapi.on" : "privacy.notice.xapi.off"));
		xapi.setId("privacy-xapi-now");
		add(section("kept", list("privacy.notice.kept.", "profile", "account", "learning", "assignments",
				"certificates", "reminders", "hr-feed", "xapi", "audit"), xapi));
		add(section("who", list("privacy.notice.who.", "employee", "manager", "hr", "admin", "auditor", "public")));

		Map<RetentionKind, Integer> months = privacy.retentionMonths();
		UnorderedList retention = new UnorderedList();
		retention.setId("retention-periods");
		for (RetentionKind kind : RetentionKind.values()) {
			ListItem item = new ListItem(getTranslation("privacy.notice.retention." + kind.name(), months.get(kind)));
			item.setId("retention-" + kind.name().toLowerCase(java.util.Locale.ROOT));
			retention.add(item);
		}
		retention.add(new ListItem(getTranslation("privacy.notice.retention.roster")));
		add(section("retention", new Paragraph(getTranslation("privacy.notice.retention.intro")), retention));

		Section rights = section("rights", new Paragraph(getTranslation("privacy.notice.rights.text")));
		if (accounts.current().isPresent()) {
			rights
				.add(new Paragraph(new RouterLink(getTranslation("privacy.notice.rights.my-data"), MyDataView.class)));
		}
		rights.add(new Paragraph(getTranslation("privacy.notice.rights.complaint")));
		add(rights);

		String contact = privacy.contact();
		Paragraph contactText = new Paragraph(
				contact.isBlank() ? getTranslation("privacy.notice.contact.none") : contact);
		contactText.setId("privacy-contact");
		add(section("contact", contactText));
		if (accounts.current().isEmpty()) {
			Anchor login = new Anchor("login", getTranslation("privacy.notice.login"));
			login.setId("privacy-login");
			add(new Paragraph(login));
		}
	}

	private Section section(String name, com.vaadin.flow.component.Component... content) {
		Section section = new Section();
		section.setId("privacy-" + name);
		section.add(new H2(getTranslation("privacy.notice." + name + ".title")));
		section.add(content);
		return section;
	}

	private UnorderedList list(String prefix, String... items) {
		UnorderedList list = new UnorderedList();
		for (String item : items) {
			list.add(new ListItem(getTranslation(prefix + item)));
		}
		return list;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("privacy.notice.title") + " – " + getTranslation("app.name");
	}

}
