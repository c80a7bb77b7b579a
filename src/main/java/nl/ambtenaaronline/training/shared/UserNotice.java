package nl.ambtenaaronline.training.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A notice the shell shows at the top of every page for the signed-in user, e.g. "the
 * audit chain is broken" for administrators. The shell knows no feature: it renders what
 * every {@link UserNoticeSource} returns.
 *
 * @param id stable id, used as the element id of the notice ({@code notice-<id>})
 * @param level how urgent: an {@link Level#ALERT} is announced at once by screen readers
 * @param messageKey message key of the text ({@code messages.properties})
 * @param arguments arguments of the message, already readable text
 * @param route the route where the user acts on the notice, or {@code null}
 */
public record UserNotice(String id, Level level, String messageKey, List<String> arguments, @Nullable String route) {

	public UserNotice {
		arguments = List.copyOf(arguments);
	}

	/** How urgent a notice is. */
	public enum Level {

		/** Something to act on soon. */
		INFO,
		/** Something is wrong and must be looked at now. */
		ALERT

	}

}
