package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The order in which options (of a question) or choices (of a scenario step) are shown,
 * drawn per attempt and per play. An order is a list of option ids: the option's index in
 * the file of the run's course version, which names the same option for as long as that
 * version exists (a loaded version never changes). Answers are stored by the same id,
 * never by the position on the screen.
 */
final class OptionOrders {

	private OptionOrders() {
	}

	/** A fresh order of {@code size} options. */
	static List<Integer> draw(int size, RandomGenerator random) {
		List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
		Collections.shuffle(order, random);
		return List.copyOf(order);
	}

	/** The stored form: {@code id:2.0.1;other:1.0}. */
	static String encode(Map<String, List<Integer>> orders) {
		return orders.entrySet()
			.stream()
			.map(entry -> entry.getKey() + ":"
					+ entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(".")))
			.collect(Collectors.joining(";"));
	}

	/**
	 * Reads the stored form; {@code null} (rows from before orders were drawn) is empty.
	 */
	static Map<String, List<Integer>> decode(@Nullable String stored) {
		Map<String, List<Integer>> orders = new LinkedHashMap<>();
		if (stored == null || stored.isBlank()) {
			return orders;
		}
		for (String part : stored.split(";")) {
			int colon = part.lastIndexOf(':');
			if (colon <= 0 || colon == part.length() - 1) {
				continue;
			}
			List<Integer> order = new ArrayList<>();
			for (String index : part.substring(colon + 1).split("\\.")) {
				order.add(Integer.valueOf(index));
			}
			orders.put(part.substring(0, colon), List.copyOf(order));
		}
		return orders;
	}

	/**
	 * The order to show {@code size} options in: the stored one, or file order when none
	 * was stored (or it does not fit, which a fixed course version rules out).
	 */
	static List<Integer> orderOf(Map<String, List<Integer>> orders, String id, int size) {
		List<Integer> stored = orders.get(id);
		if (stored != null && stored.size() == size
				&& stored.stream().sorted().toList().equals(IntStream.range(0, size).boxed().toList())) {
			return stored;
		}
		return IntStream.range(0, size).boxed().toList();
	}

}
