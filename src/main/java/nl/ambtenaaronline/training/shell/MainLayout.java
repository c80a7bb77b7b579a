package nl.ambtenaaronline.training.shell;

import java.util.Locale;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.security.Languages;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.ShellProperties;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;
import nl.ambtenaaronline.training.shared.ui.EnvironmentBadge;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The main layout: header with the city mark and name, navigation built from the
 * {@code @Menu} views the user may open, language switch, logout and the idle-time
 * warning. It knows no feature: notices for the signed-in user (e.g. a broken audit
 * chain) come from every {@link UserNoticeSource} bean and are shown above each page.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final AccountService accounts;

	private final AuthenticationContext authentication;

	private final AppProperties properties;

	private final SideNav nav = new SideNav();

	private final ObjectProvider<UserNoticeSource> noticeSources;

	/** The notices above the page. */
	private final Div notices = new Div();

	/** Notices and the page; the skip link leads here. */
	private final Div frame = new Div();

	MainLayout(AccountService accounts, AuthenticationContext authentication, AppProperties properties,
			ShellProperties shell, ObjectProvider<UserNoticeSource> noticeSources) {
		this.accounts = accounts;
		this.noticeSources = noticeSources;
		notices.setId("user-notices");
		notices.addClassName("ao-notices");
		frame.addClassName("ao-frame");
		this.authentication = authentication;
		this.properties = properties;
		setPrimarySection(Section.DRAWER);
		addClassName("ao-layout");

		Anchor skip = new Anchor("#main-content", getTranslation("shell.skip-to-content"));
		skip.addClassName("ao-skip-link");

		Image mark = new Image(shell.cityMark(), "");
		mark.addClassName("ao-city-mark");
		Span city = new Span(properties.cityName());
		city.addClassName("ao-city-name");
		Span product = new Span(getTranslation("app.name"));
		product.addClassName("ao-product-name");
		Anchor brand = new Anchor("", mark, city, product);
		brand.addClassName("ao-brand");

		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("shell.menu"));

		HorizontalLayout user = userArea();
		HorizontalLayout header = new HorizontalLayout(skip, toggle, brand);
		EnvironmentBadge.of(shell).ifPresent(header::add);
		header.add(user);
		header.addClassName("ao-header");
		// the navbar slot of the app layout is no landmark of its own
		header.getElement().setAttribute("role", "banner");
		header.setWidthFull();
		header.setAlignItems(HorizontalLayout.Alignment.CENTER);
		header.expand(brand);
		addToNavbar(header);

		// named for screen readers, not shown: the menu needs no visible heading
		nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
		nav.addClassName("ao-nav");
		addToDrawer(nav, siteLinks());
	}

	/** Privacy notice and accessibility statement, linked from every page. */
	private Nav siteLinks() {
		Nav links = new Nav(new Anchor("privacy", getTranslation("shell.link.privacy")),
				new Anchor("accessibility", getTranslation("shell.link.accessibility")));
		links.addClassName("ao-site-links");
		links.getElement().setAttribute("aria-label", getTranslation("shell.link.label"));
		return links;
	}

	private HorizontalLayout userArea() {
		HorizontalLayout area = new HorizontalLayout();
		area.addClassName("ao-user");
		area.setAlignItems(HorizontalLayout.Alignment.CENTER);
		Locale other = UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.of("nl") : Locale.ENGLISH;
		Button language = new Button(getTranslation("shell.language.switch"), event -> switchLanguage(other));
		language.setId("language-switch");
		language.getElement().setAttribute("lang", other.getLanguage());
		language.addClassName("ao-language");
		area.add(language);
		accounts.current().ifPresent(current -> {
			Span name = new Span(current.displayName());
			name.addClassName("ao-user-name");
			Button logout = new Button(getTranslation("shell.logout"), event -> authentication.logout());
			logout.setId("logout");
			area.add(name, logout);
		});
		return area;
	}

	private void switchLanguage(Locale locale) {
		Languages.remember(locale);
		if (accounts.current().isPresent()) {
			accounts.setOwnLanguage(locale);
		}
		UI.getCurrent().getPage().reload();
	}

	/** Shows the page below the notices. */
	@Override
	public void showRouterLayoutContent(HasElement content) {
		frame.removeAll();
		frame.add(notices);
		content.getElement().getComponent().ifPresent(frame::add);
		if (getContent() != frame) {
			setContent(frame);
		}
	}

	/** Renders the notices of every source for the signed-in user. */
	private void showNotices(String path) {
		notices.removeAll();
		if (accounts.current().isPresent()) {
			noticeSources.orderedStream()
				.flatMap(source -> source.noticesForCurrentUser(path).stream())
				.map(this::notice)
				.forEach(notices::add);
		}
		notices.setVisible(notices.getComponentCount() > 0);
	}

	private Component notice(UserNotice notice) {
		Div box = new Div();
		box.setId("notice-" + notice.id());
		box.addClassNames("ao-notice", notice.level() == UserNotice.Level.ALERT ? "ao-notice-alert" : "ao-notice-info");
		box.getElement().setAttribute("role", notice.level() == UserNotice.Level.ALERT ? "alert" : "status");
		box.add(new Span(getTranslation(notice.messageKey(), notice.arguments().toArray())));
		String route = notice.route();
		if (route != null) {
			box.add(new Anchor(route, getTranslation("shell.notice.open")));
		}
		return box;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		showNotices(event.getLocation().getPath());
		// The layout stays while the user navigates inside it, and the menu entries the
		// user may open do not change during a UI's life (a language switch reloads the
		// page), so the menu is collected once: collecting it checks every route's access
		// and cost about 6% of the CPU under load when it ran on every navigation.
		if (nav.getItems().isEmpty()) {
			MenuConfiguration.getMenuEntries()
				.forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
		}
		if (getContent() != null) {
			getContent().getElement().setAttribute("id", "main-content");
		}
		startIdleWatch();
	}

	private void startIdleWatch() {
		if (accounts.current().map(CurrentUser::accountId).isEmpty()) {
			return;
		}
		long timeoutMs = properties.idleTimeout().toMillis();
		getElement().executeJs(IdleWatch.SCRIPT, getElement(), timeoutMs, Math.min(60_000L, timeoutMs / 2),
				getTranslation("shell.idle.title"), getTranslation("shell.idle.text"),
				getTranslation("shell.idle.stay"));
	}

	/** The user chose to stay signed in: this round trip itself renews the session. */
	@ClientCallable
	void stayActive() {
		// the request is the activity; nothing else to do
	}

	/** The warning ran out without an answer: sign out. */
	@ClientCallable
	void idleExpired() {
		authentication.logout();
	}

}
