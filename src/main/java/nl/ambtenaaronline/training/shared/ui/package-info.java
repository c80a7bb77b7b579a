/**
 * Texts of Vaadin's own components (date pickers and the like) that the views of every
 * feature share, so that no feature needs the shell.
 */
@NullMarked
package nl.ambtenaaronline.training.shared.ui;

import org.jspecify.annotations.NullMarked;
