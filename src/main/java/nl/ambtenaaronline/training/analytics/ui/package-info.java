/** The misconception analytics screen. */
@NullMarked
package nl.ambtenaaronline.training.analytics.ui;

import org.jspecify.annotations.NullMarked;
