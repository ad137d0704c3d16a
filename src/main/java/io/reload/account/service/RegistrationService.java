package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A member of the public registers themselves; they always become a client. */
@Stateless
public class RegistrationService {

    @Inject
    AccountCreation accountCreation;

    @PermitAll
    public Long registerClient(NewAccount input) {
        Account account = accountCreation.create(input, Role.CLIENT);
        return account.getId();
    }
}
