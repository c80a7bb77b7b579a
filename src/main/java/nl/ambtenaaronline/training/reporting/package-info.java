/**
 * Reports for HR, administrators, auditors and managers: the compliance dashboard per
 * course and department, the lazy grid of people, the drill-down on one person, CSV and
 * XLSX exports and "Mijn team". Reads other features only through their services and
 * events, into a read model of its own (see docs/reporting.md).
 */
@NullMarked
package nl.ambtenaaronline.training.reporting;

import org.jspecify.annotations.NullMarked;
