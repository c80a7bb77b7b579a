@NullMarked
package nl.ambtenaaronline.training.shell.ui;

import org.jspecify.annotations.NullMarked;
