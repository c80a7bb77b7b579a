package nl.ambtenaaronline.training.shared.pdf;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a document says about itself (information dictionary and XMP). Nothing in it is
 * the moment of rendering, so the same document always gives the same bytes.
 *
 * @param title shown by viewers instead of the file name
 * @param author who issues it (the city), or null
 * @param language the document language, e.g. {@code nl-NL}
 * @param created when what the document shows was made (to the second, UTC)
 * @param identity what the document is, e.g. {@code certificate:SM-2026-000123}; the
 * document ID is derived from it
 */
public record DocumentInfo(String title, @Nullable String author, String language, Instant created, String identity) {
}
