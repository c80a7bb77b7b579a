package nl.ambtenaaronline.training.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Administrators and auditors see on every page that the latest check found the audit
 * chain broken, until a later check finds it intact.
 */
@Component
@Order(0)
class AuditChainNotices implements UserNoticeSource {

	private static final Set<String> READERS = Set.of(Role.ADMIN.authority(), Role.AUDITOR.authority());

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(TimeConfiguration.ZONE);

	private final AuditService audit;

	AuditChainNotices(AuditService audit) {
		this.audit = audit;
	}

	@Override
	public List<UserNotice> noticesForCurrentUser() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.noneMatch(READERS::contains)) {
			return List.of();
		}
		return audit.lastChainCheck()
			.filter(last -> !last.result().intact())
			.map(last -> List
				.of(new UserNotice("audit-chain-broken", UserNotice.Level.ALERT, "audit.notice.chain-broken",
						List.of(String.valueOf(last.result().brokenAt()), WHEN.format(last.checkedAt())), "audit")))
			.orElse(List.of());
	}

}
