package nl.ambtenaaronline.training.security.ui;

import java.util.List;
import java.util.Optional;

import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.ReferenceNames;
import nl.ambtenaaronline.training.shared.Role;

import org.springframework.stereotype.Component;

/** {@code account:3} as the name of the person behind the account. */
@Component
class AccountNames implements ReferenceNames {

	private final AccountService accounts;

	AccountNames(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<String> nameOf(String reference) {
		if (!reference.matches("account:\\d{1,18}") || !allowed()) {
			return Optional.empty();
		}
		return accounts.displayNameOf(Long.parseLong(reference.substring("account:".length())));
	}

	@Override
	public List<String> referencesNamed(String text, int limit) {
		if (!allowed()) {
			return List.of();
		}
		return accounts.accountsNamed(text, limit).stream().map(id -> "account:" + id).toList();
	}

	private boolean allowed() {
		return accounts.current().map(user -> user.has(Role.ADMIN) || user.has(Role.AUDITOR)).orElse(false);
	}

}
