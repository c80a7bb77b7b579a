package nl.ambtenaaronline.training.employee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the roster import ({@code app.roster-import.*}).
 *
 * @param maxRows the most people one file may hold
 * @param maxFileSize the largest file accepted
 * @param sampleSize how many new, changed and leaving people the preview shows (each)
 * @param maxProblems how many problems the preview lists (all are counted)
 */
@ConfigurationProperties("app.roster-import")
public record RosterImportProperties(@DefaultValue("100000") int maxRows, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("10") int sampleSize, @DefaultValue("500") int maxProblems) {
}
