@NullMarked
package nl.ambtenaaronline.training.settings;

import org.jspecify.annotations.NullMarked;
