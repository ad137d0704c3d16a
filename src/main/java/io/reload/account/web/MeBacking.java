package io.reload.account.web;

import io.reload.account.service.PersonSummary;
import io.reload.account.service.ProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person, for greetings and the header: #{me.fullName}. */
@Named("me")
@RequestScoped
public class MeBacking {

    @Inject
    ProfileService profiles;

    private PersonSummary me;

    public String getFullName() {
        if (me == null) {
            me = profiles.me();
        }
        return me.getFullName();
    }
}
