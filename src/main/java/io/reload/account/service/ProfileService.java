package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.shared.text.Languages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** What a signed-in person may read and choose about themselves; always their own account. */
@Stateless
@RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.STAFF})
public class ProfileService {

    @Inject
    CurrentAccount currentAccount;

    public PersonSummary me() {
        return PersonSummary.of(currentAccount.get());
    }

    /** The language tag the person chose, empty when they chose none (the browser's counts). */
    public Optional<String> myLanguage() {
        return Optional.ofNullable(currentAccount.get().getLanguage());
    }

    /** Pages and mails for this person in that language from now on; only the portal's languages. */
    public void chooseLanguage(String languageTag) {
        if (!Languages.isSupported(languageTag)) {
            throw new BusinessException("profile.language.unsupported");
        }
        Account me = currentAccount.get();
        me.chooseLanguage(languageTag);
    }
}
