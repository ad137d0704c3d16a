package io.reload.account.web;

import io.reload.account.service.NewAccount;
import io.reload.account.service.RegistrationService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/** A member of the public creates a client account and is signed in straight away. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    RegistrationService registrationService;

    @Inject
    SignIn signIn;

    @Valid
    private final NewAccount account = new NewAccount();

    /** The self-check the person took before registering; they go on to book with it. */
    private String check;

    public void register() throws IOException {
        // registering from a page in Spanish keeps Spanish, on later sign-ins and in mails
        account.setLanguage(PageLanguage.current().toLanguageTag());
        if (!Changes.changed("register", () -> registrationService.registerClient(account))) {
            return;
        }
        AuthenticationStatus status =
                signIn.signIn(Faces.getRequest(), Faces.getResponse(), account.getEmail(), account.getPassword());
        if (status == AuthenticationStatus.SUCCESS && check != null && !check.isBlank()) {
            Faces.redirect("booking/book.xhtml?check=" + URLEncoder.encode(check, StandardCharsets.UTF_8));
        } else if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect("client/index.xhtml?welcome=true");
        } else {
            Faces.redirect("login.xhtml");
        }
    }

    public NewAccount getAccount() {
        return account;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }
}
