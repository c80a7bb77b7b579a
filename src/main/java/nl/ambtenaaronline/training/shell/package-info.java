@NullMarked
package nl.ambtenaaronline.training.shell;

import org.jspecify.annotations.NullMarked;
