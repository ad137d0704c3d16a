package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Staff switch an account off (it can no longer sign in, its open sessions end) and on again:
 * clients on the Clients page, therapists and staff on the Team page. Nobody switches themselves off.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class AccountActivationService {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    SecurityLog securityLog;

    public PersonSummary deactivate(long accountId) {
        Account account = existing(accountId);
        if (account.getId().equals(currentAccount.get().getId())) {
            throw new BusinessException("account.deactivate.self");
        }
        if (account.isActive()) {
            account.deactivate();
            securityLog.recordChange(SecurityEventKind.ACCOUNT_DEACTIVATED, account.getEmail(), null);
        }
        return PersonSummary.of(account);
    }

    public PersonSummary reactivate(long accountId) {
        Account account = existing(accountId);
        if (!account.isActive()) {
            securityLog.recordChange(SecurityEventKind.ACCOUNT_REACTIVATED, account.getEmail(), null);
        }
        account.reactivate();
        return PersonSummary.of(account);
    }

    private Account existing(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
    }
}
