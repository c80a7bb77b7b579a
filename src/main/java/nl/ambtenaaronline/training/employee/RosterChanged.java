package nl.ambtenaaronline.training.employee;

import java.util.Set;

/**
 * Published after people on the roster were added, changed or marked as left (by an
 * import or the form), in the transaction of the change: listen with
 * {@code @ApplicationModuleListener} (or {@code @TransactionalEventListener}) to react
 * after the commit. A large import publishes several events of at most {@link #MAX_IDS}
 * ids each, so that every event fits the event publication registry.
 *
 * @param employeeIds the ids of the people concerned; read their data through
 * {@link EmployeeService}
 */
public record RosterChanged(Set<Long> employeeIds) {

	/** The most ids one event carries. */
	public static final int MAX_IDS = 200;

	public RosterChanged {
		employeeIds = Set.copyOf(employeeIds);
	}

}
