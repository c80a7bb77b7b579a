package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Optional;

/**
 * The rules a course teaches, in groups.
 *
 * @param groups the groups, in file order
 * @param rules the rules, in file order
 */
public record RuleCatalogue(List<RuleGroup> groups, List<Rule> rules) {

	public RuleCatalogue {
		groups = List.copyOf(groups);
		rules = List.copyOf(rules);
	}

	public Optional<Rule> rule(String id) {
		return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
	}

	public Optional<RuleGroup> group(String id) {
		return groups.stream().filter(group -> group.id().equals(id)).findFirst();
	}

	/** The rules of one group, in file order. */
	public List<Rule> rulesOf(String groupId) {
		return rules.stream().filter(rule -> rule.group().equals(groupId)).toList();
	}

	public List<String> ids() {
		return rules.stream().map(Rule::id).toList();
	}

}
