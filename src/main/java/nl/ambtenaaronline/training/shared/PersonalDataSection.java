package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.Map;

/**
 * A titled table of personal data: {@code key} is stable (JSON name, message key suffix
 * {@code privacy.section.<key>}), each row keeps its field order, values are already
 * readable text (dates in ISO 8601).
 */
public record PersonalDataSection(String key, List<Map<String, String>> rows) {

	public PersonalDataSection {
		rows = List.copyOf(rows);
	}

}
