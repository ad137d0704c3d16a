package io.reload.testsupport;

import io.reload.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs a piece of test code with the caller in role STAFF, to test a service's role checks. */
@Stateless
@RunAs(Roles.STAFF)
@PermitAll
public class AsStaff {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
