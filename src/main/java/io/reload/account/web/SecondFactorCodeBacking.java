package io.reload.account.web;

import io.reload.account.service.SecondFactorService;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.web.Changes;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Sign-in, second step: a code from the authenticator app, or one of the recovery codes. */
@ViewPage
public class SecondFactorCodeBacking implements Serializable {

    @Inject
    SecurityLog securityLog;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    SecondFactorGate gate;

    @NotBlank(message = "{secondFactor.code.required}")
    private String code;

    /** Only a sign-in whose password was right gets here; anyone else starts with the password. */
    public void load() throws IOException {
        if (gate.pendingEmail(Faces.getRequest()).isEmpty()) {
            Faces.redirect("login.xhtml");
        }
    }

    public void check() throws IOException {
        var email = gate.pendingEmail(Faces.getRequest());
        if (email.isEmpty()) {
            Faces.redirect("login.xhtml");
            return;
        }
        Duration wait = gate.waitBeforeCode(email.get());
        if (!wait.isZero()) {
            Messages.addGlobalError("signIn.throttled", wait.toMinutes() + 1);
            return;
        }
        boolean right = Changes.changed(() -> secondFactors.checkCode(email.get(), code), refusal -> {
            securityLog.record(SecurityEventKind.SECOND_FACTOR_FAILED, email.get(), refusal.getMessageKey());
            if (gate.wrongCode(Faces.getRequest(), email.get())) {
                Messages.addFlashGlobalError("secondFactor.tooManyWrong");
                Faces.redirect("login.xhtml");
            } else {
                Refusals.show("secondFactor", refusal);
            }
        });
        if (!right) {
            return;
        }
        securityLog.record(SecurityEventKind.SIGN_IN_SUCCEEDED, email.get(), "with the second factor");
        Faces.redirect(gate.complete(Faces.getRequest()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
