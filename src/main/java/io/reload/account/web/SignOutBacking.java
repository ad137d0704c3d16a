package io.reload.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** The sign-out button in the header: ends the authentication and the session. */
@Named
@RequestScoped
public class SignOutBacking {

    public void signOut() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?signedOut=true");
    }
}
