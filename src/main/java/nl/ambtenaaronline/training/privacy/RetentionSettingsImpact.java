package nl.ambtenaaronline.training.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SettingImpact;

import org.springframework.stereotype.Component;

/**
 * What changed retention periods would erase, said before they are saved: the next run
 * (nightly, or "Bewaartermijnen nu toepassen") erases for good what is past its period,
 * so the settings screen shows, rule by rule, what that run would erase with the new
 * periods (a dry run, rolled back) under the changed periods' rules, or that it would
 * erase nothing under them.
 */
@Component
class RetentionSettingsImpact implements SettingImpact.Source {

	private final PrivacyService privacy;

	RetentionSettingsImpact(PrivacyService privacy) {
		this.privacy = privacy;
	}

	@Override
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public List<SettingImpact> impactOf(Map<String, String> changed) {
		Map<RetentionKind, Integer> proposed = new EnumMap<>(RetentionKind.class);
		for (RetentionKind kind : RetentionKind.values()) {
			String value = changed.get(RetentionSettings.key(kind));
			if (value != null && value.strip().matches("\\d{1,4}")) {
				proposed.put(kind, Integer.parseInt(value.strip()));
			}
		}
		if (proposed.isEmpty()) {
			return List.of();
		}
		// only the rules of the periods changed: what other rules erase anyway is not
		// this change's doing
		List<RetentionPreview> preview = privacy.previewRetention(proposed)
			.stream()
			.filter(line -> proposed.containsKey(line.kind()))
			.toList();
		if (preview.isEmpty()) {
			return List.of(new SettingImpact("settings.impact.retention-none", List.of()));
		}
		List<SettingImpact> impacts = new ArrayList<>();
		for (RetentionPreview line : preview) {
			impacts.add(new SettingImpact("settings.impact.retention",
					List.of(new SettingImpact.Words("privacy.destruction.rule." + line.rule()), line.records(),
							line.people(), line.periodMonths())));
		}
		return impacts;
	}

}
