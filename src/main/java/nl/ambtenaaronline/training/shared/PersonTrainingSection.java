package nl.ambtenaaronline.training.shared;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * An extension point for a person's training page: a feature that knows something about a
 * person's training (e.g. the reminders sent) provides a bean; the learner's own page
 * ("Mijn training") and HR's view of one person render a section from every bean, in bean
 * order, without knowing the features behind them. Each call creates a new component;
 * access is checked by the feature's service, as everywhere.
 */
public interface PersonTrainingSection {

	/** A section for the signed-in learner's own page, or empty when there is nothing. */
	Optional<Component> mine();

	/** A section for HR's view of one person, or empty when there is nothing. */
	Optional<Component> of(long employeeId);

}
