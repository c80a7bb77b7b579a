@NullMarked
package nl.ambtenaaronline.training.integration.ui;

import org.jspecify.annotations.NullMarked;
