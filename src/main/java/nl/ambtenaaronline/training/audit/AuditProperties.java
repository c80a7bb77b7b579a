package nl.ambtenaaronline.training.audit;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up settings of the audit log ({@code app.audit.*}).
 *
 * @param anchorKey the key that anchors the head of the audit chain outside the database
 * ({@code APP_AUDIT_ANCHOR_KEY}); empty means nothing is anchored, otherwise at least 32
 * characters
 */
@ConfigurationProperties("app.audit")
public record AuditProperties(@DefaultValue("") String anchorKey) {

	/** The shortest anchor key accepted, in bytes (UTF-8). */
	static final int MIN_ANCHOR_KEY_LENGTH = 32;

	public AuditProperties {
		if (!anchorKey.isBlank() && anchorKey.getBytes(StandardCharsets.UTF_8).length < MIN_ANCHOR_KEY_LENGTH) {
			throw new IllegalArgumentException(
					"app.audit.anchor-key must be at least " + MIN_ANCHOR_KEY_LENGTH + " characters");
		}
	}

	/** Never shows the key, so that logging or a failure report cannot leak it. */
	@Override
	public String toString() {
		return "AuditProperties[anchorKey=" + (anchorKey.isBlank() ? "" : "(set)") + "]";
	}

}
