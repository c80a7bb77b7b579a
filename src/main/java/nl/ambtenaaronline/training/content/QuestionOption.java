package nl.ambtenaaronline.training.content;

/**
 * An answer option of a question.
 *
 * @param text the option
 * @param correct whether choosing it is right
 * @param feedback why
 */
public record QuestionOption(LocalizedText text, boolean correct, LocalizedText feedback) {

}
