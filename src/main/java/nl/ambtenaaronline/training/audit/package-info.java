@NullMarked
package nl.ambtenaaronline.training.audit;

import org.jspecify.annotations.NullMarked;
