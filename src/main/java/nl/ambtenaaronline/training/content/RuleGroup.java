package nl.ambtenaaronline.training.content;

/**
 * A group of rules; questions are drawn per group.
 *
 * @param id e.g. {@code OFF}
 * @param title the group's title
 */
public record RuleGroup(String id, LocalizedText title) {

}
