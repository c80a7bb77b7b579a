@NullMarked
package nl.ambtenaaronline.training.security.secondfactor;

import org.jspecify.annotations.NullMarked;
