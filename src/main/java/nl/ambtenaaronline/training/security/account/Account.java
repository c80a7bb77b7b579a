package nl.ambtenaaronline.training.security.account;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import nl.ambtenaaronline.training.shared.Role;
import org.jspecify.annotations.Nullable;

/** A local account: it belongs to one employee and holds the roles granted to it. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	/** Empty for an account that only signs in through the identity provider. */
	@Column(name = "password_hash", length = 200)
	private @Nullable String passwordHash;

	@Column(name = "employee_id", nullable = false, unique = true)
	private long employeeId;

	@Column(nullable = false, length = 5)
	private String locale;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(nullable = false)
	private boolean enabled;

	/** When the password was set; a one-time password expires some time after. */
	@Column(name = "password_set_at")
	private @Nullable Instant passwordSetAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "oidc_subject", length = 255)
	private @Nullable String oidcSubject;

	/**
	 * The issuer of {@link #oidcSubject}; null while the account is bound to no identity.
	 */
	@Column(name = "oidc_issuer", length = 255)
	private @Nullable String oidcIssuer;

	@Column(name = "external_roles", length = 100)
	private @Nullable String externalRoles;

	@Column(name = "external_sign_in_at")
	private @Nullable Instant externalSignInAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@MapKeyColumn(name = "role")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Role, RoleGrant> roles = new EnumMap<>(Role.class);

	protected Account() {
		this.username = "";
		this.passwordHash = "";
		this.locale = "nl";
		this.createdAt = Instant.EPOCH;
	}

	public Account(String username, @Nullable String passwordHash, long employeeId, boolean passwordChangeRequired,
			Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.employeeId = employeeId;
		this.locale = "nl";
		this.passwordChangeRequired = passwordChangeRequired;
		this.enabled = true;
		this.createdAt = createdAt;
		this.passwordSetAt = createdAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Account not saved");
		}
		return id;
	}

	public String username() {
		return username;
	}

	/** The password hash, or null for an account without a local password. */
	public @Nullable String passwordHash() {
		return passwordHash;
	}

	public boolean hasLocalPassword() {
		return passwordHash != null;
	}

	public @Nullable String externalRoles() {
		return externalRoles;
	}

	public @Nullable Instant externalSignInAt() {
		return externalSignInAt;
	}

	/** Whether the account is bound to an identity of the identity provider. */
	public boolean boundToIdentity() {
		return oidcIssuer != null && oidcSubject != null;
	}

	/**
	 * Binds the account to one identity of the identity provider: from now on only this
	 * issuer and subject open it.
	 */
	public void bindIdentity(String issuer, String subject) {
		if (boundToIdentity()) {
			throw new IllegalStateException("Account already bound to an identity");
		}
		this.oidcIssuer = issuer;
		this.oidcSubject = subject;
	}

	/** Records a sign-in through the identity provider: the roles it gave. */
	public void signedInExternally(String roles, Instant at) {
		this.externalRoles = roles;
		this.externalSignInAt = at;
	}

	public long employeeId() {
		return employeeId;
	}

	public String locale() {
		return locale;
	}

	public boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	public boolean enabled() {
		return enabled;
	}

	public Map<Role, RoleGrant> roles() {
		return roles;
	}

	public void setPassword(String passwordHash, boolean changeRequired, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = changeRequired;
		this.passwordSetAt = at;
	}

	/**
	 * Whether the password is a one-time password older than the validity (then it no
	 * longer opens the account).
	 */
	public boolean oneTimePasswordExpired(java.time.Duration validity, Instant now) {
		return passwordChangeRequired && passwordSetAt != null && passwordSetAt.plus(validity).isBefore(now);
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public void grant(Role role, RoleGrant grant) {
		roles.put(role, grant);
	}

	public void revoke(Role role) {
		roles.remove(role);
	}

}
