/**
 * Who must do which course by when, and the learner's start page "Mijn training".
 */
@NullMarked
package nl.ambtenaaronline.training.assignment;

import org.jspecify.annotations.NullMarked;
