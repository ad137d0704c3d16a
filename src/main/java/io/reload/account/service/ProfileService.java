package io.reload.account.service;

import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What a signed-in person may read about themselves. */
@Stateless
@RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.STAFF})
public class ProfileService {

    @Inject
    CurrentAccount currentAccount;

    public PersonSummary me() {
        return PersonSummary.of(currentAccount.get());
    }
}
