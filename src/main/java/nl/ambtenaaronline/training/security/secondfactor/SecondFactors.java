package nl.ambtenaaronline.training.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.shared.Role;
import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The second factor of local accounts with HR, ADMIN or AUDITOR: after the password those
 * roles are held back, and only a TOTP code (or a recovery code) adds them. Secrets and
 * recovery-code hashes live in {@code account_totp} and {@code account_recovery_code}.
 */
@Component
public class SecondFactors {

	/** Roles that need the second factor after a password sign-in. */
	public static final Set<Role> PRIVILEGED = Role.GRANTABLE;

	/**
	 * The factor name: the authority {@code FACTOR_TOTP} marks a completed second factor.
	 */
	public static final String FACTOR = "TOTP";

	public static final int RECOVERY_CODES = 10;

	/**
	 * Secrets as authenticator apps take them: Base32 after RFC 4648 (20 bytes, so no
	 * padding).
	 */
	public static final Base32 BASE32 = new Base32();

	private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public SecondFactors(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Secret(byte[] secret, boolean confirmed, long lastUsedStep) {
	}

	/**
	 * After a correct password: a user with privileged roles gets them held back until
	 * the second factor; everybody else passes unchanged.
	 */
	public Authentication afterPassword(Authentication result) {
		if (!(result.getPrincipal() instanceof AppUser user)) {
			return result;
		}
		Set<Role> withheld = EnumSet.noneOf(Role.class);
		List<GrantedAuthority> kept = new ArrayList<>();
		for (GrantedAuthority authority : result.getAuthorities()) {
			Optional<Role> role = PRIVILEGED.stream()
				.filter(candidate -> candidate.authority().equals(authority.getAuthority()))
				.findFirst();
			role.ifPresentOrElse(withheld::add, () -> kept.add(authority));
		}
		if (withheld.isEmpty()) {
			return result;
		}
		UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken
			.authenticated(user.awaiting(withheld, kept), null, kept);
		pending.setDetails(result.getDetails());
		return pending;
	}

	public Optional<Secret> secret(long accountId) {
		return jdbc
			.query("select secret, confirmed, last_used_step from account_totp where account_id = ?",
					(rs, row) -> new Secret(BASE32.decode(rs.getString("secret")), rs.getBoolean("confirmed"),
							rs.getLong("last_used_step")),
					accountId)
			.stream()
			.findFirst();
	}

	public boolean confirmed(long accountId) {
		return secret(accountId).map(Secret::confirmed).orElse(false);
	}

	/** A new secret, not yet confirmed; replaces an unconfirmed one. */
	public byte[] newSecret(long accountId) {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		store(accountId, secret, false);
		return secret;
	}

	public void store(long accountId, byte[] secret, boolean confirmed) {
		jdbc.update("delete from account_totp where account_id = ?", accountId);
		jdbc.update(
				"insert into account_totp (account_id, secret, confirmed, created_at, last_used_step) values (?, ?, ?, ?, ?)",
				accountId, BASE32.encodeToString(secret), confirmed, clock.instant().atOffset(ZoneOffset.UTC), -1L);
	}

	/**
	 * Checks a code against the account's secret; a match moves the last used step on (so
	 * the same code is refused next time) and confirms an enrolment.
	 */
	public boolean useCode(long accountId, String code) {
		List<Secret> rows = jdbc.query(
				"select secret, confirmed, last_used_step from account_totp where account_id = ? for update",
				(rs, row) -> new Secret(BASE32.decode(rs.getString("secret")), rs.getBoolean("confirmed"),
						rs.getLong("last_used_step")),
				accountId);
		if (rows.isEmpty()) {
			return false;
		}
		Secret secret = rows.getFirst();
		OptionalLong step = Totp.match(secret.secret(), code, clock.instant(), secret.lastUsedStep());
		if (step.isEmpty()) {
			return false;
		}
		jdbc.update("update account_totp set last_used_step = ?, confirmed = ? where account_id = ?", step.getAsLong(),
				true, accountId);
		return true;
	}

	/** New recovery codes (the old ones stop working); only their hashes are stored. */
	public List<String> newRecoveryCodes(long accountId) {
		jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
			}
			codes.add(code.toString());
			jdbc.update("insert into account_recovery_code (account_id, code_hash) values (?, ?)", accountId,
					hash(code.toString()));
		}
		return codes;
	}

	/** Uses a recovery code once; false when it is unknown or used. */
	public boolean useRecoveryCode(long accountId, String code) {
		return jdbc.update(
				"update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
				clock.instant().atOffset(ZoneOffset.UTC), accountId, hash(code)) == 1;
	}

	public int recoveryCodesLeft(long accountId) {
		Integer left = jdbc.queryForObject(
				"select count(*) from account_recovery_code where account_id = ? and used_at is null", Integer.class,
				accountId);
		return left == null ? 0 : left;
	}

	public void reset(long accountId) {
		jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
		jdbc.update("delete from account_totp where account_id = ?", accountId);
	}

	public static String hash(String code) {
		String clean = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(clean.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
