/**
 * The reporting screens: dashboard with grid and exports, person drill-down, "Mijn team".
 */
@NullMarked
package nl.ambtenaaronline.training.reporting.ui;

import org.jspecify.annotations.NullMarked;
