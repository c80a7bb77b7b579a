package nl.ambtenaaronline.training.privacy;

import java.time.Instant;
import java.util.List;

import nl.ambtenaaronline.training.shared.PersonalDataSection;

/** Everything the system holds about one employee, at one moment. */
public record MyData(String employeeNumber, Instant generatedAt, List<PersonalDataSection> sections) {

	public MyData {
		sections = List.copyOf(sections);
	}

}
