package nl.ambtenaaronline.training.privacy.ui;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import nl.ambtenaaronline.training.privacy.MyData;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * The employee's copy of their data as files: JSON (sections by key, rows as objects) and
 * a readable, self-contained HTML page with one table per section. Every value is
 * escaped: nothing stored is ever interpreted as markup.
 */
final class MyDataFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MyDataFiles() {
	}

	static String fileName(MyData data, String extension) {
		String number = data.employeeNumber().replaceAll("[^A-Za-z0-9-]", "");
		return "mijn-gegevens-" + (number.isEmpty() ? "medewerker" : number) + "." + extension;
	}

	static byte[] json(MyData data) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("employeeNumber", data.employeeNumber());
		document.put("generatedAt", data.generatedAt().toString());
		document.put("sections", bySection(data));
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
	}

	static byte[] html(MyData data, Component owner, Locale locale) {
		String title = owner.getTranslation(locale, "privacy.my-data.file.title");
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(TimeConfiguration.ZONE);
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(e(locale.getLanguage()))
			.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(e(title))
			.append("</title>\n<style>body{font-family:Arial,sans-serif;margin:1rem;color:#000}")
			.append("table{border-collapse:collapse;margin-bottom:1.5rem}")
			.append("th,td{border:1px solid #767676;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}")
			.append("th{background:#f2f2f2}</style>\n</head>\n<body>\n<main>\n<h1>")
			.append(e(title))
			.append("</h1>\n<p>")
			.append(e(owner.getTranslation(locale, "privacy.my-data.file.generated", data.employeeNumber(),
					format.format(data.generatedAt()))))
			.append("</p>\n");
		bySection(data).forEach((key, rows) -> {
			html.append("<section>\n<h2>").append(e(sectionTitle(owner, locale, key))).append("</h2>\n");
			if (rows.isEmpty()) {
				html.append("<p>")
					.append(e(owner.getTranslation(locale, "privacy.my-data.file.empty")))
					.append("</p>\n");
			}
			else {
				Set<String> fields = new LinkedHashSet<>();
				rows.forEach(row -> fields.addAll(row.keySet()));
				html.append("<table>\n<thead><tr>");
				fields.forEach(field -> html.append("<th scope=\"col\">").append(e(field)).append("</th>"));
				html.append("</tr></thead>\n<tbody>\n");
				for (Map<String, String> row : rows) {
					html.append("<tr>");
					fields.forEach(field -> html.append("<td>").append(e(row.getOrDefault(field, ""))).append("</td>"));
					html.append("</tr>\n");
				}
				html.append("</tbody>\n</table>\n");
			}
			html.append("</section>\n");
		});
		html.append("</main>\n</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The title of a section; a section without its own text shows its key. */
	static String sectionTitle(Component owner, Locale locale, String key) {
		String title = owner.getTranslation(locale, "privacy.section." + key);
		return title.startsWith("!") ? key : title;
	}

	private static Map<String, List<Map<String, String>>> bySection(MyData data) {
		Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
		for (PersonalDataSection section : data.sections()) {
			sections.computeIfAbsent(section.key(), key -> new ArrayList<>()).addAll(section.rows());
		}
		return sections;
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
