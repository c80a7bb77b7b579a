package nl.ambtenaaronline.training.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.pdf.ArchivalDocument;
import nl.ambtenaaronline.training.shared.pdf.DocumentInfo;
import nl.ambtenaaronline.training.shared.pdf.PageFlow;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.springframework.context.MessageSource;

/**
 * The layout of the team conversation: A4, a red rule on every page, per rule a heading
 * with the guideline's words (its code small below it), the case and the three questions;
 * the archival-PDF kit makes it PDF/A-2u and PDF/UA-1. For a group below the minimum only
 * the title and that message. Thread-safe: every call works on its own document.
 */
final class TeamConversationPdf {

	private static final float MARGIN = 50;

	private final MessageSource messages;

	private final PdfKit kit;

	private final String city;

	TeamConversationPdf(MessageSource messages, PdfKit kit, String city) {
		this.messages = messages;
		this.kit = kit;
		this.city = city;
	}

	byte[] render(TeamConversation conversation, Locale locale) {
		String department = conversation.department().name();
		String title = msg("analytics.team.document-title", locale, department);
		String language = locale.getLanguage().equals("en") ? "en-GB" : "nl-NL";
		YearMonth next = conversation.lastMonth().plusMonths(1);
		// what the document shows was complete when the last counted month closed
		DocumentInfo info = new DocumentInfo(title, city, language,
				next.atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant(),
				"team-conversation " + conversation.courseId() + " " + conversation.department().code() + " "
						+ conversation.lastMonth() + " " + conversation.minGroupSize() + " " + locale.getLanguage());
		try (ArchivalDocument document = kit.open(info)) {
			PageFlow flow = new PageFlow(document, PDRectangle.A4, MARGIN, (page, size, margin) -> page.artifact(() -> {
				page.content().setNonStrokingColor(PdfKit.RED);
				page.content().addRect(margin, size.getHeight() - margin + 10, size.getWidth() - 2 * margin, 3);
				page.content().fill();
			}));
			flow.heading(1, title, 18);
			String month = DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(conversation.lastMonth());
			flow.paragraph(msg("analytics.team.basis", locale, conversation.courseTitle().in(locale), month,
					conversation.minGroupSize()), 10);
			if (conversation.empty()) {
				flow.paragraph(msg("analytics.team.nothing", locale, conversation.minGroupSize()), 11);
				return document.save();
			}
			flow.paragraph(msg("analytics.team.intro", locale), 10);
			int number = 1;
			for (ConversationTopic topic : conversation.topics()) {
				// the rule in words leads; its code in the guideline follows, small
				flow.heading(2, msg("analytics.team.topic", locale, number++, topic.rule().in(locale)), 14);
				flow.paragraph(msg("analytics.team.rule-code.line", locale, topic.ruleId()), 8);
				flow.paragraph(msg("analytics.team.share", locale, topic.percentWrong(), topic.answers()), 10);
				if (topic.hasCase()) {
					flow.heading(3, msg("analytics.team.case", locale, topic.scenarioTitle().in(locale)), 12);
					if (topic.sharedWith() != null) {
						flow.paragraph(msg("analytics.team.case-shared", locale, topic.sharedWith()), 10);
					}
					flow.paragraph(topic.situation().in(locale), 11);
				}
				else {
					flow.paragraph(msg("analytics.team.no-case", locale), 10);
				}
				flow.heading(3, msg("analytics.team.questions", locale), 12);
				for (int q = 0; q < TeamConversation.QUESTIONS.size(); q++) {
					flow.paragraph((q + 1) + ". " + msg(TeamConversation.QUESTIONS.get(q), locale), 11);
				}
			}
			flow.gap(6);
			flow.paragraph(msg("analytics.team.privacy", locale, conversation.minGroupSize()), 9);
			return document.save();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render the team conversation", ex);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
