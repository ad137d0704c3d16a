package io.reload.account.web;

import io.reload.account.service.SecondFactorService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.Serializable;

/** A client's own second factor: whether it is on, a link to turn it on, and turning it off with a current code. */
@ViewPage
public class ClientSecondFactorBacking implements Serializable {

    @Inject
    SecondFactorService secondFactors;

    private boolean on;

    @NotBlank(message = "{secondFactor.code.required}")
    private String code;

    public void load() {
        on = secondFactors.isOwnOn();
    }

    public void turnOff() throws IOException {
        if (Changes.changed("turnOff", () -> secondFactors.turnOwnOff(code))) {
            Changes.done("secondFactor.turnedOff", SecondFactorSetupBacking.CLIENT_PAGE);
        }
    }

    public boolean isOn() {
        return on;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
