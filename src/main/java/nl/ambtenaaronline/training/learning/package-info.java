/**
 * The learner's journey: lessons, scenarios, the final assessment and completion. Every
 * answer is stored the moment it is given.
 */
@NullMarked
package nl.ambtenaaronline.training.learning;

import org.jspecify.annotations.NullMarked;
