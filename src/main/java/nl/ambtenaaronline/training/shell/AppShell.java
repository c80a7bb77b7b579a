package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** The page shell: Aura as the base, the city's house style on top (plain CSS). */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/ambtenaar.css")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Ambtenaar Online");
		settings.addFavIcon("icon", "images/city-mark.svg", "32x32");
		settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
	}

}
