package nl.ambtenaaronline.training.content;

/**
 * An ending of a scenario.
 *
 * @param id unique within the scenario (steps and endings share one name space)
 * @param summary what to remember
 */
public record ScenarioEnding(String id, LocalizedText summary) {

}
