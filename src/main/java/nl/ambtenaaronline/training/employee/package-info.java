@NullMarked
package nl.ambtenaaronline.training.employee;

import org.jspecify.annotations.NullMarked;
