package io.reload.triage.web;

import io.reload.shared.web.ViewPage;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The outcome of a self-check, found by the token in its link (?check=...). An unknown or
 * mistyped token shows a plain "not found" on the page, not an error page.
 */
@ViewPage
public class SelfCheckResultBacking implements Serializable {

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
