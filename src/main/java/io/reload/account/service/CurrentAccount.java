package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.shared.domain.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * The signed-in person's account, for services that act on "my" data. The caller principal
 * propagates into EJBs; its name is the account's email.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    Principal caller;

    @Inject
    AccountRepository accounts;

    public Account get() {
        return accounts.findByEmail(caller.getName()).orElseThrow(() -> new BusinessException("account.unknown"));
    }
}
