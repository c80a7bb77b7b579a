package nl.ambtenaaronline.training.content;

/**
 * Where this node reads course content from.
 *
 * @param configured the configured folder ({@code app.content.path})
 * @param folder the folder actually read (a temporary copy when bundled)
 * @param bundled true when the configured folder does not exist and the copy inside the
 * application is used
 */
public record ContentSourceInfo(String configured, String folder, boolean bundled) {

}
