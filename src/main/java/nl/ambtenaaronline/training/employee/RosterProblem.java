package nl.ambtenaaronline.training.employee;

import java.util.List;

/**
 * One thing wrong with a roster file.
 *
 * @param line the line of the file, counting from 1 (the header is line 1); 0 for the
 * file as a whole
 * @param column the column as named in the file's header (or the expected name of a
 * missing column); empty when the problem is not about one column
 * @param messageKey what is wrong, as a message key
 * @param arguments the values for the message
 */
public record RosterProblem(long line, String column, String messageKey, List<String> arguments) {

	public RosterProblem {
		arguments = List.copyOf(arguments);
	}

	static RosterProblem of(long line, String column, String messageKey, Object... arguments) {
		return new RosterProblem(line, column, messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
