/**
 * The content engine: courses as files (YAML and Markdown) under {@code content/courses},
 * loaded into immutable records, validated with file:line:column problems, versioned and
 * reloadable. The format is {@code content/FORMAT.md}; the public face is
 * {@link nl.ambtenaaronline.training.content.ContentService}.
 */
@NullMarked
package nl.ambtenaaronline.training.content;

import org.jspecify.annotations.NullMarked;
