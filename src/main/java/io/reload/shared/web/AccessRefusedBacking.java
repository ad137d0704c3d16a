package io.reload.shared.web;

import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import java.io.Serializable;
import java.security.Principal;
import org.omnifaces.util.Faces;

/** The 403 page: a page of another role was asked for, which goes on the security log. */
@ViewPage
public class AccessRefusedBacking implements Serializable {

    @Inject
    SecurityLog securityLog;

    public void record() {
        Principal caller = Faces.getRequest().getUserPrincipal();
        Object asked = Faces.getRequestAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        securityLog.record(
                SecurityEventKind.ACCESS_REFUSED,
                caller == null ? null : caller.getName(),
                asked == null ? null : String.valueOf(asked));
    }
}
