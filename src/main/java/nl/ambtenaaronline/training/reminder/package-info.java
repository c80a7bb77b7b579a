/**
 * Reminders by e-mail: to learners when a course is assigned, before it is due, on the
 * due date and weekly while overdue, before a certificate expires; a weekly digest to
 * managers of their overdue people. Decided daily into an outbox (once per idempotency
 * key), sent by a job on working days within office hours, throttled, with retry and
 * back-off. See docs/reminders.md.
 */
@NullMarked
package nl.ambtenaaronline.training.reminder;

import org.jspecify.annotations.NullMarked;
