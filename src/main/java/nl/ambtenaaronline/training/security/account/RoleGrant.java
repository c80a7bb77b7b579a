package nl.ambtenaaronline.training.security.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** When and by whom a role was granted. */
@Embeddable
public class RoleGrant {

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "granted_by", nullable = false, length = 100)
	private String grantedBy;

	protected RoleGrant() {
		this.grantedAt = Instant.EPOCH;
		this.grantedBy = "";
	}

	public RoleGrant(Instant grantedAt, String grantedBy) {
		this.grantedAt = grantedAt;
		this.grantedBy = grantedBy;
	}

	public Instant grantedAt() {
		return grantedAt;
	}

	public String grantedBy() {
		return grantedBy;
	}

}
