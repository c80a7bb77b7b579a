package nl.ambtenaaronline.training.reporting;

import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.learning.LearningHistory;

/**
 * Everything HR may see of one person: assignments with overrides, attempts and scenario
 * results, certificates and the audit trail.
 *
 * @param scoresShown whether scores are included; otherwise attempts carry passed/failed
 * only
 */
public record PersonReport(EmployeeSummary person, List<AssignmentView> assignments, LearningHistory learning,
		List<CertificateSummary> certificates, List<AuditEntry> trail, boolean scoresShown) {
}
