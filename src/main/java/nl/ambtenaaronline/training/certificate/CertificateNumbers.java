package nl.ambtenaaronline.training.certificate;

import java.util.Locale;

/**
 * Certificate numbers: a prefix per course (from the course id), the year of completion
 * and a sequence number from one counter for all certificates, e.g.
 * {@code SM-2026-000123} for {@code social-media}.
 */
final class CertificateNumbers {

	private CertificateNumbers() {
	}

	/**
	 * The course's prefix: the initials of the parts of its id ({@code social-media}
	 * gives {@code SM}), or the first two letters of a one-word id ({@code privacy} gives
	 * {@code PR}); at most four letters.
	 */
	static String prefix(String courseId) {
		String[] parts = courseId.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
		StringBuilder prefix = new StringBuilder();
		for (String part : parts) {
			if (!part.isEmpty() && prefix.length() < 4) {
				prefix.append(part.charAt(0));
			}
		}
		if (prefix.length() == 1) {
			String only = courseId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
			prefix = new StringBuilder(only.substring(0, Math.min(2, only.length())));
		}
		return prefix.isEmpty() ? "CERT" : prefix.toString();
	}

	static String format(String courseId, int year, long sequence) {
		return String.format(Locale.ROOT, "%s-%d-%06d", prefix(courseId), year, sequence);
	}

}
