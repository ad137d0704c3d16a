package io.reload.account.web;

import io.reload.account.service.ProfileService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.PageLanguage;
import io.reload.shared.web.SessionLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The profile page: the signed-in person chooses the language of their pages and mails. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    ProfileService profiles;

    private String language;

    /** Their choice, or the page's language while they have made none. */
    public String getLanguage() {
        if (language == null) {
            language = profiles.myLanguage().orElse(PageLanguage.current().toLanguageTag());
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Saves the choice, then shows the page again, already in that language (a new view). */
    public void save() throws IOException {
        if (!Changes.changed("profile", () -> profiles.chooseLanguage(language))) {
            return;
        }
        SessionLanguage.rememberAccountChoice(Faces.getSession(), Faces.getRemoteUser(), language);
        SessionLanguage.rememberVisitorChoice(Faces.getSession(), language);
        Faces.redirect("account/profile.xhtml?saved=true");
    }
}
