package nl.ambtenaaronline.training.privacy.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.privacy.MyData;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * "Mijn gegevens" (AVG art. 15): the employee downloads everything the system holds about
 * them, as a readable HTML file or as JSON. The data is collected at download time for
 * the signed-in employee only, and every download is audited.
 */
@Route("my-data")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(title = "menu.my-data", order = 8)
class MyDataView extends Main implements HasDynamicTitle {

	MyDataView(PrivacyService privacy) {
		addClassName("ao-page");
		Locale locale = getLocale();
		Anchor html = download(privacy, "my-data-html", "privacy.my-data.download.html", "html",
				"text/html;charset=utf-8", data -> MyDataFiles.html(data, this, locale));
		Anchor json = download(privacy, "my-data-json", "privacy.my-data.download.json", "json",
				"application/json;charset=utf-8", MyDataFiles::json);
		Div downloads = new Div(html, json);
		downloads.addClassName("ao-my-data-downloads");
		add(new H1(getTranslation("privacy.my-data.title")), new Paragraph(getTranslation("privacy.my-data.intro")),
				new Paragraph(getTranslation("privacy.my-data.formats")), downloads,
				new Paragraph(new RouterLink(getTranslation("privacy.my-data.privacy"), PrivacyNoticeView.class)));
	}

	private Anchor download(PrivacyService privacy, String id, String textKey, String extension, String type,
			Function<MyData, byte[]> render) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			MyData data = privacy.myData();
			byte[] content = render.apply(data);
			return new DownloadResponse(new ByteArrayInputStream(content), MyDataFiles.fileName(data, extension), type,
					content.length);
		}), getTranslation(textKey));
		link.setId(id);
		link.addClassName("ao-download");
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("privacy.my-data.title") + " – " + getTranslation("app.name");
	}

}
