package nl.ambtenaaronline.training.employee;

import org.jspecify.annotations.Nullable;

/**
 * The data of one person does not fit; {@link #getMessage()} is a message key and
 * {@link #column()} the field it is about.
 */
public class InvalidEmployeeException extends RuntimeException {

	private final @Nullable RosterColumn column;

	private final transient Object[] arguments;

	public InvalidEmployeeException(@Nullable RosterColumn column, String messageKey, Object... arguments) {
		super(messageKey);
		this.column = column;
		this.arguments = arguments;
	}

	public @Nullable RosterColumn column() {
		return column;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
