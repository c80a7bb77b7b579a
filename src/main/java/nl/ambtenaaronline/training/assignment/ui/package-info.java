@NullMarked
package nl.ambtenaaronline.training.assignment.ui;

import org.jspecify.annotations.NullMarked;
