/**
 * HR and administrator screens of the roster: the people grid, the person form and the
 * import.
 */
@NullMarked
package nl.ambtenaaronline.training.employee.ui;

import org.jspecify.annotations.NullMarked;
