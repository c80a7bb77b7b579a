package nl.ambtenaaronline.training.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * An extension point for acting on one person's course where the person is shown (HR's
 * "Actie nodig", the person's record, "Mijn team"): a feature that can act (extend,
 * defer, exempt, remind) provides a bean; screens render the buttons of every bean, in
 * bean order, without knowing the features behind them. A bean returns no buttons when
 * the signed-in user may not use them; its service checks access again, as everywhere.
 */
public interface PersonActions {

	/**
	 * The buttons for one person and course; each calls {@code done} with a confirmation
	 * to announce after it changed something.
	 */
	List<Component> of(long employeeId, String courseId, Consumer<String> done);

	/**
	 * The buttons acting on everyone selected on a screen at once (e.g. remind them all);
	 * {@code selected} is read when a button is used.
	 */
	default List<Component> forSelected(Supplier<Collection<Long>> selected, String courseId, Consumer<String> done) {
		return List.of();
	}

	/**
	 * The buttons acting at once on everyone of a screen's list who must act, where
	 * nothing can be selected (a phone's cards); {@code people} is read when a button is
	 * used, {@code count} is how many they are now (for the label).
	 */
	default List<Component> forEveryoneWhoMustAct(Supplier<Collection<Long>> people, long count, String courseId,
			Consumer<String> done) {
		return List.of();
	}

	/**
	 * What the user must know before using these buttons, shown above them (e.g. that a
	 * reminder is not mailed while no mail server is configured); none by default.
	 */
	default List<Component> notices() {
		return List.of();
	}

}
