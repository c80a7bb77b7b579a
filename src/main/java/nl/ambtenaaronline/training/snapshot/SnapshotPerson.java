package nl.ambtenaaronline.training.snapshot;

import java.time.LocalDate;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import org.jspecify.annotations.Nullable;

/** One person in a snapshot: in scope or not, and their status on the day. */
public record SnapshotPerson(long employeeId, String employeeNumber, String departmentCode, String departmentName,
		SnapshotScope scope, AssignmentStatus status, @Nullable LocalDate dueOn, @Nullable LocalDate lastCompletedOn,
		@Nullable LocalDate validUntil) {
}
