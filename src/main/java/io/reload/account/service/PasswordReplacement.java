package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.PasswordResetRepository;
import io.reload.shared.security.PasswordHashing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one way a password is replaced, by a change or a reset link: the new hash, every session
 * signed in before ends (the session version goes up), and the account's links still open stop
 * working. Runs inside the calling service's transaction.
 */
@Dependent
class PasswordReplacement {

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    PasswordResetRepository resets;

    @Inject
    Clock clock;

    /** @return the account's new session version */
    long replace(Account account, String newPassword) {
        account.changePassword(passwordHashing.hash(newPassword));
        resets.closeOpenLinksOf(account, clock.instant());
        return account.getSessionVersion();
    }
}
