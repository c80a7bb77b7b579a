@NullMarked
package nl.ambtenaaronline.training.audit.ui;

import org.jspecify.annotations.NullMarked;
