/** The compliance snapshot screen: create, list, download and verify. */
@NullMarked
package nl.ambtenaaronline.training.snapshot.ui;

import org.jspecify.annotations.NullMarked;
