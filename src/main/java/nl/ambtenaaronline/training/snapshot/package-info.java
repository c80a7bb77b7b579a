/**
 * Compliance snapshots "as of a date": HR freezes who counted, who was excluded and why,
 * the status per person and the totals per department, stored append-only with a SHA-256
 * digest, downloadable as XLSX and PDF/A, and verified later by recomputing from the
 * stored history. See docs/snapshots.md.
 */
@NullMarked
package nl.ambtenaaronline.training.snapshot;

import org.jspecify.annotations.NullMarked;
