@NullMarked
package nl.ambtenaaronline.training.setup.ui;

import org.jspecify.annotations.NullMarked;
