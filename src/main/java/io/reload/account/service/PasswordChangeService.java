package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.PasswordHashing;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/** A signed-in person, of any role, changes their own password. */
@Stateless
@RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.STAFF})
public class PasswordChangeService {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    PasswordReplacement replacement;

    @Inject
    Validator validator;

    @Inject
    SecurityLog securityLog;

    /**
     * Sets the new password once the current one is proven. The account's other sessions end on
     * their next request; the caller's own session goes on with the number returned.
     *
     * @return the account's new session version
     */
    public long changeMyPassword(PasswordChange change) {
        InputCheck.refuseInvalid(validator, change);
        Account me = currentAccount.get();
        if (!passwordHashing.matches(change.getCurrentPassword(), me.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        if (change.getNewPassword().equals(change.getCurrentPassword())) {
            throw new InvalidInputException("newPassword", "password.new.same");
        }
        securityLog.recordChange(SecurityEventKind.PASSWORD_CHANGED, me.getEmail(), null);
        return replacement.replace(me, change.getNewPassword());
    }
}
