/**
 * The learner's journey: lessons, scenarios, the final assessment and completion. Every
 * answer is stored the moment it is given. Learning knows content, audit, settings and
 * the shared kernel only: who is signed in comes from the principal; what others need to
 * know it publishes as events or offers through {@link LearningRecords}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "content", "audit", "settings", "shared" })
package nl.ambtenaaronline.training.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
