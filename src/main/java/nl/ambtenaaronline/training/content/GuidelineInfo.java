package nl.ambtenaaronline.training.content;

/**
 * The guideline a course teaches.
 *
 * @param title the guideline's title
 * @param version the guideline's own version, as a text
 * @param date the guideline's own date, as a text (it may be undated)
 */
public record GuidelineInfo(LocalizedText title, String version, LocalizedText date) {

}
