/**
 * Shared kernel: roles, time, scheduling and start-up properties that every feature may
 * use.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.ambtenaaronline.training.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
