package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** The page shell: Aura as the base, the city's house style on top (plain CSS). */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/ambtenaar.css")
public class AppShell implements AppShellConfigurator {

	/**
	 * Vaadin's connection indicator (added to the body by the client) tells that the
	 * connection is lost or slow: a status message, so it is a live region (and no
	 * content outside the landmarks).
	 */
	static final String CONNECTION_INDICATOR_AS_STATUS = """
			(() => {
			  const mark = () => document.querySelectorAll('vaadin-connection-indicator:not([role])')
			      .forEach(indicator => indicator.setAttribute('role', 'status'));
			  mark();
			  new MutationObserver(mark).observe(document.body, { childList: true });
			})();
			""";

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Ambtenaar Online");
		settings.addFavIcon("icon", "images/city-mark.svg", "32x32");
		settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
		settings.addInlineWithContents(TargetElement.BODY, Inline.Position.APPEND, CONNECTION_INDICATOR_AS_STATUS,
				Inline.Wrapping.JAVASCRIPT);
	}

}
