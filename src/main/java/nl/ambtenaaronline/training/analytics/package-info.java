/**
 * Misconception analytics for HR and administrators: per rule the share of first answers
 * that were wrong, per scenario step how often each choice was taken, only for groups
 * large enough that nobody can be singled out. Reads aggregates through the learning
 * service; never individual answers. See docs/analytics.md.
 */
@NullMarked
package nl.ambtenaaronline.training.analytics;

import org.jspecify.annotations.NullMarked;
