package nl.ambtenaaronline.training.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates on their way: a certificate is issued after the completion is stored, by a
 * listener of its own, so for a moment the learner has passed and has no certificate yet.
 * "Mijn certificaten" says so instead of "no certificate".
 */
@Service
public class PendingCertificates {

	/** A completion this recent without a certificate is one being issued. */
	static final Duration ISSUING = Duration.ofHours(1);

	private final LearningRecords records;

	private final CertificateStore store;

	private final ContentService contents;

	private final Clock clock;

	PendingCertificates(LearningRecords records, CertificateStore store, ContentService contents, Clock clock) {
		this.records = records;
		this.store = store;
		this.contents = contents;
		this.clock = clock;
	}

	/**
	 * The titles of the courses the signed-in learner passed in the last hour whose
	 * certificate is not there yet (the newest completion per course only).
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<LocalizedText> mine() {
		Instant since = clock.instant().minus(ISSUING);
		Set<String> seen = new HashSet<>();
		return records.myCompletions()
			.stream()
			.filter(completion -> seen.add(completion.courseId()))
			.filter(completion -> completion.passedAt().isAfter(since))
			.filter(completion -> store.byCompletion(completion.id()).isEmpty())
			.map(this::title)
			.toList();
	}

	private LocalizedText title(CompletionSummary completion) {
		return contents.current(completion.courseId())
			.map(Course::title)
			.orElse(new LocalizedText(completion.courseId(), completion.courseId()));
	}

}
