package nl.ambtenaaronline.training.content;

/**
 * A rule of the guideline.
 *
 * @param id stable id, e.g. {@code OFF-1}
 * @param group the id of its group
 * @param strength how strongly the guideline words it
 * @param text the rule (Dutch from the guideline, English gloss)
 */
public record Rule(String id, String group, Strength strength, LocalizedText text) {

}
