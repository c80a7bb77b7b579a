@NullMarked
package nl.ambtenaaronline.training.settings.ui;

import org.jspecify.annotations.NullMarked;
