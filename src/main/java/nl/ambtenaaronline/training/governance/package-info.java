/**
 * Governance: the pack for the privacy officer and the works council, generated from the
 * live configuration (who sees what, retention, data inventory with purposes, a draft
 * entry of the processing register), as a page and a PDF/A document. See
 * docs/governance.md.
 */
@NullMarked
package nl.ambtenaaronline.training.governance;

import org.jspecify.annotations.NullMarked;
