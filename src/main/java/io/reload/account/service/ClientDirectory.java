package io.reload.account.service;

import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Staff look up clients, e.g. to book a screen on a client's behalf. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ClientDirectory {

    @Inject
    AccountRepository accounts;

    public List<PersonSummary> findClients(String nameOrEmail) {
        if (nameOrEmail == null || nameOrEmail.isBlank()) {
            return List.of();
        }
        return accounts.search(Role.CLIENT, nameOrEmail.strip(), 20).stream()
                .map(PersonSummary::of)
                .toList();
    }
}
