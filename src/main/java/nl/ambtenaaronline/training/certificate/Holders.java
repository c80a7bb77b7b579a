package nl.ambtenaaronline.training.certificate;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How a holder's name is written on the certificate and on the public page. */
final class Holders {

	private Holders() {
	}

	static String fullName(String firstName, @Nullable String tussenvoegsel, String lastName) {
		return tussenvoegsel == null || tussenvoegsel.isBlank() ? firstName + " " + lastName
				: firstName + " " + tussenvoegsel + " " + lastName;
	}

	/**
	 * Initials and surname for the public page: {@code Jan Pieter}, {@code van der},
	 * {@code Berg} gives {@code J.P. van der Berg}.
	 */
	static String initialsAndSurname(String firstName, @Nullable String tussenvoegsel, String lastName) {
		StringBuilder initials = new StringBuilder();
		for (String part : firstName.strip().split("[\\s-]+")) {
			if (!part.isEmpty()) {
				initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
			}
		}
		String surname = tussenvoegsel == null || tussenvoegsel.isBlank() ? lastName
				: tussenvoegsel.strip().toLowerCase(Locale.ROOT) + " " + lastName;
		return initials.isEmpty() ? surname : initials + " " + surname;
	}

}
