package nl.ambtenaaronline.training.privacy;

import java.time.Instant;
import java.util.List;

import nl.ambtenaaronline.training.shared.RetentionKind;

/**
 * One run of a retention rule that erased something: what kind, which rule, with which
 * period, how many records, whose (employee numbers), when and started by whom.
 */
public record DestructionRecord(long id, RetentionKind kind, String rule, int records, int periodMonths,
		Instant performedAt, String performedBy, List<String> employeeNumbers) {

	public DestructionRecord {
		employeeNumbers = List.copyOf(employeeNumbers);
	}

}
