package nl.ambtenaaronline.training.employee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one roster file: counts all, keeps the first few hundred. */
final class RosterProblems {

	private final int max;

	private final List<RosterProblem> kept = new ArrayList<>();

	private int count;

	RosterProblems(int max) {
		this.max = max;
	}

	void add(long line, String column, String messageKey, Object... arguments) {
		count++;
		if (kept.size() < max) {
			kept.add(RosterProblem.of(line, column, messageKey, arguments));
		}
	}

	boolean any() {
		return count > 0;
	}

	int count() {
		return count;
	}

	/** The kept problems, in line order. */
	List<RosterProblem> list() {
		return kept.stream().sorted(Comparator.comparingLong(RosterProblem::line)).toList();
	}

}
