package io.reload.triage.web;

import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The outcome of a self-check, found by the token in its link (?check=...). An unknown or
 * mistyped token shows a plain "not found" on the page, not an error page.
 */
@Named
@RequestScoped
public class SelfCheckResultBacking {

    @Inject
    SelfCheckService selfCheckService;

    private String token;
    private SelfCheckResult result;

    public void load() {
        result = selfCheckService.findByToken(token).orElse(null);
    }

    public boolean isFound() {
        return result != null;
    }

    public SelfCheckResult getResult() {
        return result;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
