package nl.ambtenaaronline.training.audit;

import java.util.List;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.stereotype.Component;

/** The audit events about an employee (as subject), for their own copy of their data. */
@Component
class AuditPersonalData implements PersonalDataSource {

	private final AuditService audit;

	AuditPersonalData(AuditService audit) {
		this.audit = audit;
	}

	@Override
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(new PersonalDataSection("audit-events",
				audit.about(List.of("employee:" + employeeId)).stream().map(AuditEntry::asPersonalRow).toList()));
	}

}
