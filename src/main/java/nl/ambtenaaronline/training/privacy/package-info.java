/**
 * Privacy (AVG): the privacy notice, "Mijn gegevens" (the employee's own copy of their
 * data, from every feature's {@code PersonalDataSource}), retention periods per kind of
 * data in the audited settings, the daily retention job that runs every
 * {@code RetentionRule}, and the append-only destruction record.
 */
@NullMarked
@ApplicationModule
package nl.ambtenaaronline.training.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
