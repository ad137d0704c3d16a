package io.reload.account.web;

import io.reload.account.service.ProfileService;
import io.reload.shared.web.AccountLanguages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The signed-in caller's language choice, for the page's language (shared's PageLanguage asks). */
@ApplicationScoped
public class CallerLanguage implements AccountLanguages {

    @Inject
    ProfileService profiles;

    @Override
    public Optional<String> ofCaller() {
        return profiles.myLanguage();
    }
}
