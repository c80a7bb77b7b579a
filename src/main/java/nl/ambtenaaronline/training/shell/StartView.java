package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.shared.AppProperties;

/** The start page after signing in. */
@Route("")
@PermitAll
@Menu(title = "menu.start", order = 0)
class StartView extends Main implements HasDynamicTitle {

	StartView(AccountService accounts, AppProperties properties) {
		addClassName("ao-page");
		String name = accounts.current().map(CurrentUser::displayName).orElse("");
		add(new H1(getTranslation("start.welcome", name)));
		add(new Paragraph(getTranslation("start.intro", properties.cityName())));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("start.title") + " – " + getTranslation("app.name");
	}

}
