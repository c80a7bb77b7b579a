/**
 * The archival-PDF kit: fonts, colour profile, metadata, tagging, wrapping and paging for
 * every PDF/A and PDF/UA document of the application, and the city mark drawn in them.
 */
@NullMarked
package nl.ambtenaaronline.training.shared.pdf;

import org.jspecify.annotations.NullMarked;
