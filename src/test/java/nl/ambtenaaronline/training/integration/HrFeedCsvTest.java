package nl.ambtenaaronline.training.integration;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily file's documented layout, byte for byte. */
class HrFeedCsvTest {

	@Test
	void theFileHasTheDocumentedHeaderAndOneCrlfRowPerEventInSequenceOrder() {
		Instant at = Instant.parse("2026-03-02T09:15:00Z");
		String csv = HrFeedCsv.write(List.of(
				new FeedEvent(41, FeedEventKind.COMPLETED, "100234", "social-media", "1.2.0", "77", at,
						Instant.parse("2026-03-02T09:15:01Z")),
				new FeedEvent(42, FeedEventKind.CERTIFICATE_ISSUED, "100234", "social-media", "1.2.0", "SM-2026-000042",
						at, Instant.parse("2026-03-02T09:15:02Z"))));
		assertThat(csv).isEqualTo(
				"""
						sequence,event,employee_number,course_id,course_version,reference,occurred_at,recorded_at\r
						41,COMPLETED,100234,social-media,1.2.0,77,2026-03-02T09:15:00Z,2026-03-02T09:15:01Z\r
						42,CERTIFICATE_ISSUED,100234,social-media,1.2.0,SM-2026-000042,2026-03-02T09:15:00Z,2026-03-02T09:15:02Z\r
						""");
	}

	@Test
	void aDayWithoutEventsIsTheHeaderAlone() {
		assertThat(HrFeedCsv.write(List.of()))
			.isEqualTo("sequence,event,employee_number,course_id,course_version,reference,occurred_at,recorded_at\r\n");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
		assertThat(HrFeedCsv.field("A-12")).isEqualTo("A-12");
		assertThat(HrFeedCsv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(HrFeedCsv.field("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
		assertThat(HrFeedCsv.field("a\nb")).isEqualTo("\"a\nb\"");
	}

}
