package nl.ambtenaaronline.training.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SettingImpact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a change of a course's terms does, said before it is saved: an open assignment
 * keeps the due date it got (the terms are read when an assignment is made), so a new
 * term applies to the assignments made after it, and the window "Binnenkort afronden"
 * moves no date at all. With the number of open assignments counted now, so nobody
 * expects (or fears) that everyone's date moves.
 */
@Component
class AssignmentSettingsImpact implements SettingImpact.Source {

	private final ContentService contents;

	private final JdbcTemplate jdbc;

	AssignmentSettingsImpact(ContentService contents, JdbcTemplate jdbc) {
		this.contents = contents;
		this.jdbc = jdbc;
	}

	@Override
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<SettingImpact> impactOf(Map<String, String> changed) {
		List<SettingImpact> impacts = new ArrayList<>();
		contents.courses().forEach(course -> {
			String title = course.title().nl();
			String dueSoon = AssignmentConfiguration.key(course.id(), AssignmentConfiguration.DUE_SOON_DAYS);
			boolean terms = changed.keySet()
				.stream()
				.anyMatch(key -> key.startsWith(AssignmentConfiguration.key(course.id(), "")) && !key.equals(dueSoon));
			if (terms) {
				Long open = jdbc.queryForObject(
						"select count(*) from assignment where course_id = ? and closed_on is null", Long.class,
						course.id());
				impacts.add(new SettingImpact("settings.impact.assignment-terms",
						List.of(title, open == null ? 0L : open)));
			}
			if (changed.containsKey(dueSoon)) {
				impacts.add(new SettingImpact("settings.impact.assignment-due-soon", List.of(title)));
			}
		});
		return impacts;
	}

}
