package nl.ambtenaaronline.training.governance;

import java.time.Instant;
import java.time.LocalDate;

import nl.ambtenaaronline.training.shared.TimeConfiguration;

/** A calendar quarter in Amsterdam time, e.g. {@code 2026-Q4}. */
public record Quarter(int year, int number) {

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("quarter " + number);
		}
	}

	public static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	public static Quarter of(Instant instant) {
		return of(instant.atZone(TimeConfiguration.ZONE).toLocalDate());
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
