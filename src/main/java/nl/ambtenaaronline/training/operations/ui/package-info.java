@NullMarked
package nl.ambtenaaronline.training.operations.ui;

import org.jspecify.annotations.NullMarked;
