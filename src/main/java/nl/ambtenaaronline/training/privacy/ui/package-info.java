/** The privacy screens: privacy notice, "Mijn gegevens" and the destruction record. */
@NullMarked
package nl.ambtenaaronline.training.privacy.ui;

import org.jspecify.annotations.NullMarked;
