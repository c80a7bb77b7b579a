package nl.ambtenaaronline.training.assignment;

import java.util.Set;

/**
 * Published after the assignments of these people were reconciled or overridden by HR, in
 * the transaction of the change: listen with {@code @ApplicationModuleListener} to react
 * after the commit (reports refresh their read model from it). At most {@link #MAX_IDS}
 * ids per event.
 *
 * @param employeeIds the people concerned; read their facts through
 * {@link AssignmentService#factsOf}
 */
public record AssignmentsChanged(Set<Long> employeeIds) {

	/** The most ids one event carries. */
	public static final int MAX_IDS = 200;

	public AssignmentsChanged {
		employeeIds = Set.copyOf(employeeIds);
	}

}
