@NullMarked
package nl.ambtenaaronline.training.governance.ui;

import org.jspecify.annotations.NullMarked;
