package nl.ambtenaaronline.training.governance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.GrantNotice;
import nl.ambtenaaronline.training.security.GrantSource;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.UserNotice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access review on the demo city: the report of privileged roles, the quarterly
 * sign-off at chosen moments, and the entry a new grant raises. Every test is rolled
 * back.
 */
@IntegrationTest
@Transactional
class AccessReviewServiceTest {

	@Autowired
	AccessReviewService reviews;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessReviewNotices notices;

	@Autowired
	AuditService audit;

	@Test
	@WithUserDetails("auditor")
	void theReportListsWhoHoldsHrAdminAndAuditorSinceWhenAndGrantedByWhom() {
		List<RoleHolding> holdings = reviews.holdings();
		assertThat(holdings).extracting(RoleHolding::username, RoleHolding::role)
			.contains(org.assertj.core.groups.Tuple.tuple("hr", Role.HR),
					org.assertj.core.groups.Tuple.tuple("beheerder", Role.ADMIN),
					org.assertj.core.groups.Tuple.tuple("auditor", Role.AUDITOR));
		assertThat(holdings).noneMatch(holding -> holding.username().equals("medewerker"));
		RoleHolding hr = holdings.stream().filter(h -> h.username().equals("hr")).findFirst().orElseThrow();
		assertThat(hr.grantedBy()).isEqualTo("system");
		assertThat(hr.source()).isEqualTo(GrantSource.GRANT);
		assertThat(hr.since()).isBefore(Instant.now().plusSeconds(1));
		assertThat(hr.employeeNumber()).isNotEqualTo("-");
		assertThat(audit.search(new AuditFilter("access-review.viewed", null, null), 0, 1).getFirst().actor())
			.startsWith("account:");
	}

	@Test
	@WithUserDetails("beheerder")
	void theReviewIsDueEachQuarterUntilItIsSignedOff() {
		Instant now = Instant.now();
		assertThat(reviews.statusAt(now).due()).isTrue();

		AccessReviewSignOff signOff = reviews.signOff("  HR-rol van vertrokken collega ingetrokken ");

		assertThat(signOff.reviewedBy()).isEqualTo("beheerder");
		assertThat(signOff.remark()).isEqualTo("HR-rol van vertrokken collega ingetrokken");
		assertThat(signOff.holdings()).isGreaterThanOrEqualTo(3);
		assertThat(reviews.statusAt(now).due()).isFalse();
		assertThat(reviews.status().signOffs().getFirst()).isEqualTo(signOff);
		Quarter next = Quarter.of(Quarter.of(now).lastDay().plusDays(1));
		Instant nextQuarter = next.firstDay().atStartOfDay(TimeConfiguration.ZONE).toInstant();
		assertThat(reviews.statusAt(nextQuarter).due()).as("due again in %s", next).isTrue();
		assertThat(reviews.statusAt(nextQuarter.minusSeconds(1)).due()).isFalse();
		assertThat(audit.search(new AuditFilter("access-review.signed-off", null, null), 0, 1).getFirst().subject())
			.isEqualTo("access-review:" + Quarter.of(now));
	}

	@Test
	void quartersFollowAmsterdamTime() {
		Instant lateMarch = LocalDateTime.parse("2027-03-31T23:30:00").atZone(TimeConfiguration.ZONE).toInstant();
		assertThat(Quarter.of(lateMarch)).hasToString("2027-Q1");
		assertThat(Quarter.of(lateMarch.plusSeconds(3600))).hasToString("2027-Q2");
		assertThat(Quarter.of(lateMarch).lastDay()).hasToString("2027-03-31");
		assertThat(new Quarter(2027, 4).firstDay()).hasToString("2027-10-01");
	}

	@Test
	@WithUserDetails("beheerder")
	void administratorsArePromptedOnEveryPageWhileTheQuarterIsNotSignedOff() {
		assertThat(notices.noticesForCurrentUser()).extracting(UserNotice::id).contains("access-review-due");
		reviews.signOff("");
		assertThat(notices.noticesForCurrentUser()).extracting(UserNotice::id).doesNotContain("access-review-due");
	}

	@Test
	@WithUserDetails("beheerder")
	void grantingAPrivilegedRoleRaisesAnEntryAdministratorsSeeAtOnce() {
		reviews.markGrantsSeen();
		assertThat(notices.noticesForCurrentUser()).extracting(UserNotice::id).doesNotContain("new-role-grants");
		long account = accounts.list(0, 100)
			.stream()
			.filter(a -> a.username().equals("medewerker"))
			.findFirst()
			.orElseThrow()
			.id();

		accounts.grantRole(account, Role.AUDITOR);

		assertThat(reviews.unseenGrantCount()).isEqualTo(1);
		GrantNotice entry = reviews.grantNotices(true, 10).getFirst();
		assertThat(entry.account()).isEqualTo("medewerker");
		assertThat(entry.role()).isEqualTo(Role.AUDITOR);
		assertThat(entry.source()).isEqualTo(GrantSource.GRANT);
		assertThat(entry.grantedBy()).isEqualTo("beheerder");
		UserNotice notice = notices.noticesForCurrentUser()
			.stream()
			.filter(n -> n.id().equals("new-role-grants"))
			.findFirst()
			.orElseThrow();
		assertThat(notice.arguments()).containsExactly("1");
		assertThat(notice.route()).isEqualTo("admin/access-review");

		// granting it again is no new entry
		accounts.grantRole(account, Role.AUDITOR);
		assertThat(reviews.unseenGrantCount()).isEqualTo(1);

		assertThat(reviews.markGrantsSeen()).isEqualTo(1);
		assertThat(reviews.unseenGrantCount()).isZero();
		assertThat(reviews.grantNotices(false, 1).getFirst().seenBy()).isEqualTo("beheerder");
	}

	@Test
	@WithUserDetails("auditor")
	void auditorsReadButNeitherSignOffNorSeeThePrompt() {
		assertThat(reviews.status().quarter()).isEqualTo(Quarter.of(Instant.now()));
		assertThatThrownBy(() -> reviews.signOff("")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(reviews::markGrantsSeen).isInstanceOf(AccessDeniedException.class);
		assertThat(notices.noticesForCurrentUser()).isEmpty();
	}

	@Test
	@WithUserDetails("hr")
	void hrHasNoAccess() {
		assertThatThrownBy(reviews::holdings).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("beheerder")
	void aTooLongRemarkIsRefusedWithAClearMessage() {
		assertThatThrownBy(() -> reviews.signOff("x".repeat(1001))).hasMessage("access-review.remark-too-long");
		assertThat(reviews.status().due()).isTrue();
	}

}
