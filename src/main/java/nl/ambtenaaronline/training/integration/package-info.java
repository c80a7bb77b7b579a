/**
 * Integrations with the city's other systems: the completion feed for the HR system
 * (completions, certificates issued, superseded and revoked, exemptions) as one
 * append-only event list, read as a daily CSV file in a configured folder and over an
 * authenticated, read-only HTTP endpoint paged by an event cursor. Fed by the events of
 * learning, certificate and assignment. See docs/integrations.md.
 */
@NullMarked
package nl.ambtenaaronline.training.integration;

import org.jspecify.annotations.NullMarked;
