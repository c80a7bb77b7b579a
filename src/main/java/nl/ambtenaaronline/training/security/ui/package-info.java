@NullMarked
package nl.ambtenaaronline.training.security.ui;

import org.jspecify.annotations.NullMarked;
