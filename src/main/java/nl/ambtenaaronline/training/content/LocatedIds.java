package nl.ambtenaaronline.training.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.Fields.Located;

/** Lists of ids as read from a file, with where each stands. */
final class LocatedIds {

	private LocatedIds() {
	}

	/** The ids without repeats; a repeat is reported where it stands. */
	static List<Located> unique(List<Located> ids, Problems here) {
		Map<String, Located> seen = new LinkedHashMap<>();
		for (Located id : ids) {
			Located first = seen.putIfAbsent(id.value(), id);
			if (first != null) {
				here.add(id.loc(), "content.problem.duplicate-id", id.value(), here.file() + ":" + first.loc().line());
			}
		}
		return List.copyOf(seen.values());
	}

	/** The values, in order. */
	static Set<String> values(List<Located> ids) {
		Set<String> values = new LinkedHashSet<>();
		ids.forEach(id -> values.add(id.value()));
		return values;
	}

}
