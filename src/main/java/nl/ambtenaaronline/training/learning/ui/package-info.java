@NullMarked
package nl.ambtenaaronline.training.learning.ui;

import org.jspecify.annotations.NullMarked;
