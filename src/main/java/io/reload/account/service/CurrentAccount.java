package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.shared.domain.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * The signed-in person's account, for services that act on "my" data. The caller principal
 * propagates into EJBs; its name is the account's email. Found by email once per request, then
 * by id: within one transaction (a page GET, {@code PageTransaction}) that is the persistence
 * context's copy, without another query.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    Principal caller;

    @Inject
    AccountRepository accounts;

    /** Whose account was found (a sign-in changes the caller within its request), and its id. */
    private String foundFor;

    private Long id;

    public Account get() {
        String email = caller.getName();
        Account account = (email.equals(foundFor) ? accounts.find(id) : accounts.findByEmail(email))
                .orElseThrow(() -> new BusinessException("account.unknown"));
        foundFor = email;
        id = account.getId();
        return account;
    }
}
