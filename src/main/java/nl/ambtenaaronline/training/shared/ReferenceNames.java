package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.Optional;

/**
 * An extension point for reading references such as {@code account:3} or
 * {@code employee:181} (in the audit log) as names: the feature that owns the kind of
 * reference provides a bean; the audit log asks every bean without knowing the features
 * behind them. A bean answers only for callers its service allows to see the name.
 */
public interface ReferenceNames {

	/** The name behind a reference, or empty when this bean does not know it. */
	Optional<String> nameOf(String reference);

	/**
	 * The references of the people whose name (or number) contains the text, at most
	 * {@code limit} people: lets the audit log be searched by name; empty when this bean
	 * knows none or the caller may not see them.
	 */
	default List<String> referencesNamed(String text, int limit) {
		return List.of();
	}

}
