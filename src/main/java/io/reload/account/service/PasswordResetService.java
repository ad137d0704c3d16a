package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.PasswordReset;
import io.reload.account.domain.PasswordResetRepository;
import io.reload.account.domain.ResetToken;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InputCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * "Forgot your password?": a link by mail that sets a new password, once, within 30 minutes.
 * Open to anyone, so it says nothing about which emails have an account.
 */
@Stateless
@PermitAll
public class PasswordResetService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordResetRepository resets;

    @Inject
    PasswordReplacement replacement;

    @Inject
    Event<PasswordResetRequested> requested;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    SecurityLog securityLog;

    /**
     * Mails a link to the account of that email, if there is one that may sign in. Returns and
     * refuses nothing either way, so the page answers every email alike.
     */
    public void sendResetLink(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email).filter(Account::isActive).ifPresent(account -> {
            String token = ResetToken.generate();
            resets.add(new PasswordReset(account, ResetToken.hashOf(token), clock.instant()));
            requested.fire(new PasswordResetRequested(
                    account.getEmail(), account.getFullName(), token, account.getLanguage()));
        });
    }

    /** Refuses a link that no longer works (unknown, used or expired); reads only. */
    public void checkLink(String token) {
        usable(find(token, false));
    }

    /** Sets the new password through the link, which then no longer works; the account's sessions end. */
    public void resetPassword(String token, NewPassword input) {
        PasswordReset reset = usable(find(token, true));
        InputCheck.refuseInvalid(validator, input);
        reset.use(clock.instant());
        replacement.replace(reset.getAccount(), input.getPassword());
        securityLog.recordChange(
                SecurityEventKind.PASSWORD_RESET, reset.getAccount().getEmail(), null);
    }

    private Optional<PasswordReset> find(String token, boolean forUpdate) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = ResetToken.hashOf(token.strip());
        return forUpdate ? resets.findForUpdate(hash) : resets.find(hash);
    }

    private PasswordReset usable(Optional<PasswordReset> found) {
        PasswordReset.Refusal refusal =
                found.isEmpty() ? PasswordReset.Refusal.UNKNOWN : found.get().refusalAt(clock.instant());
        if (refusal != null) {
            throw new BusinessException("reset.link." + refusal.name().toLowerCase(Locale.ROOT));
        }
        return found.get();
    }
}
