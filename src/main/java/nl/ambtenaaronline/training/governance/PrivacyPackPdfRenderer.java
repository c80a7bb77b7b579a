package nl.ambtenaaronline.training.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.pdf.ArchivalDocument;
import nl.ambtenaaronline.training.shared.pdf.DocumentInfo;
import nl.ambtenaaronline.training.shared.pdf.PageFlow;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.springframework.context.MessageSource;

/**
 * The layout of the privacy pack: A4, a red rule on every page, sections with headings
 * and tables that break over pages; the archival-PDF kit makes it PDF/A-2u and PDF/UA-1.
 * Thread-safe: every call works on its own document.
 */
final class PrivacyPackPdfRenderer {

	private static final float MARGIN = 50;

	private static final PageFlow.TableStyle TABLE = new PageFlow.TableStyle(8.5f, false, true);

	private static final PageFlow.TableStyle REGISTER = new PageFlow.TableStyle(8.5f, true, true);

	private final MessageSource messages;

	private final PdfKit kit;

	PrivacyPackPdfRenderer(MessageSource messages, PdfKit kit) {
		this.messages = messages;
		this.kit = kit;
	}

	byte[] render(PrivacyPack pack, Locale locale) {
		String title = msg("governance.title", locale, pack.register().controller());
		String language = locale.getLanguage().equals("en") ? "en-GB" : "nl-NL";
		try (ArchivalDocument document = kit.open(new DocumentInfo(title, pack.register().controller(), language,
				pack.generatedAt(), "privacy-pack " + pack.generatedAt() + " " + locale))) {
			PageFlow flow = new PageFlow(document, PDRectangle.A4, MARGIN, (page, size, margin) -> page.artifact(() -> {
				page.content().setNonStrokingColor(PdfKit.RED);
				page.content().addRect(margin, size.getHeight() - margin + 10, size.getWidth() - 2 * margin, 3);
				page.content().fill();
			}));
			flow.heading(1, title, 18);
			flow.paragraph(msg("governance.generated", locale,
					DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.withZone(TimeConfiguration.ZONE)
						.format(pack.generatedAt())),
					10);
			content(pack, locale, flow);
			return document.save();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render the privacy pack", ex);
		}
	}

	private void content(PrivacyPack pack, Locale locale, PageFlow flow) throws IOException {
		ProcessingRegister register = pack.register();
		flow.heading(2, msg("governance.register.title", locale), 14);
		List<List<String>> registerRows = new ArrayList<>();
		registerRows.add(List.of(msg("governance.register.controller", locale), register.controller()));
		registerRows.add(List.of(msg("governance.register.contact", locale), register.contact()));
		registerRows.add(List.of(msg("governance.register.purposes", locale), String.join("; ",
				register.purposes().stream().map(p -> msg("governance.purpose." + p, locale)).toList())));
		registerRows.add(List.of(msg("governance.register.subjects", locale),
				msg("governance.register.subjects.value", locale)));
		registerRows.add(List.of(msg("governance.register.categories", locale),
				String.join("; ",
						register.personalDataCategories()
							.stream()
							.map(c -> msg("governance.category." + c, locale))
							.toList())));
		registerRows.add(List.of(msg("governance.register.recipients", locale), String.join(", ",
				register.recipientRoles().stream().map(role -> msg("governance.role." + role, locale)).toList())));
		registerRows.add(List.of(msg("governance.register.transfers", locale),
				msg("governance.register.transfers.value", locale)));
		registerRows.add(List.of(msg("governance.register.retention", locale),
				String.join("; ",
						register.retention()
							.stream()
							.map(row -> retentionLabel(row, locale) + ": " + retentionValue(row, locale))
							.toList())));
		registerRows.add(List.of(msg("governance.register.security", locale),
				msg("governance.register.security.value", locale)));
		flow.table(widths(flow, 0.3f, 0.7f), REGISTER, null, registerRows, null);

		flow.heading(2, msg("governance.retention.title", locale), 14);
		flow.table(widths(flow, 0.5f, 0.2f, 0.3f), TABLE,
				List.of(msg("governance.retention.setting", locale), msg("governance.retention.months", locale),
						msg("governance.retention.code", locale)),
				pack.retention()
					.stream()
					.map(row -> List.of(retentionLabel(row, locale), retentionValue(row, locale), row.key()))
					.toList(),
				null);

		flow.heading(2, msg("governance.categories.title", locale), 14);
		List<String> header = new ArrayList<>();
		header.add(msg("governance.categories.category", locale));
		PrivacyPack.ROLES.forEach(role -> header.add(msg("governance.role." + role, locale)));
		flow.table(widths(flow, 0.25f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f), TABLE, header,
				pack.categories().stream().map(category -> {
					List<String> row = new ArrayList<>();
					row.add(msg("governance.category." + category.category(), locale));
					category.access().forEach(access -> row.add(msg("governance.access." + access, locale)));
					return row;
				}).toList(), null);

		flow.heading(2, msg("governance.appendix.title", locale), 14);
		flow.paragraph(msg("governance.appendix.intro", locale), 10);
		flow.heading(2, msg("governance.routes.title", locale), 14);
		flow.table(widths(flow, 0.4f, 0.3f, 0.3f), TABLE,
				List.of(msg("governance.routes.route", locale), msg("governance.routes.screen", locale),
						msg("governance.routes.who", locale)),
				pack.routes()
					.stream()
					.map(route -> List.of("/" + route.route(),
							route.titleKey() == null ? "" : msg(route.titleKey(), locale),
							route.who(key -> msg(key, locale))))
					.toList(),
				null);

		flow.heading(2, msg("governance.inventory.title", locale), 14);
		flow.table(widths(flow, 0.32f, 0.14f, 0.24f, 0.30f), TABLE,
				List.of(msg("governance.inventory.column", locale), msg("governance.inventory.type", locale),
						msg("governance.inventory.category", locale), msg("governance.inventory.purpose", locale)),
				pack.inventory()
					.stream()
					.map(row -> List.of(row.qualifiedName(), row.type(),
							row.category() == null ? "" : msg("governance.category." + row.category(), locale),
							row.purpose() == null ? msg("governance.inventory.missing", locale)
									: msg("governance.purpose." + row.purpose(), locale)))
					.toList(),
				null);
	}

	/** Column widths in points from shares of the width. */
	private static float[] widths(PageFlow flow, float... shares) {
		float[] widths = new float[shares.length];
		for (int i = 0; i < shares.length; i++) {
			widths[i] = shares[i] * flow.width();
		}
		return widths;
	}

	String retentionValue(RetentionRow row, Locale locale) {
		return row.value() == null ? msg("governance.retention.not-configured", locale) : row.value();
	}

	/** A retention setting in words, as the settings screen names it; the key if none. */
	private String retentionLabel(RetentionRow row, Locale locale) {
		return msg("setting." + row.key(), locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
