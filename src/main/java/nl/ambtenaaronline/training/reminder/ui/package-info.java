/**
 * Screens of the reminders: HR's list, the administrator's sent mail and the sections on
 * a person's training page.
 */
@NullMarked
package nl.ambtenaaronline.training.reminder.ui;

import org.jspecify.annotations.NullMarked;
