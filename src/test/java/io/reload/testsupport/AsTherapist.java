package io.reload.testsupport;

import io.reload.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs a piece of test code with the caller in role THERAPIST, to test a service's role checks. */
@Stateless
@RunAs(Roles.THERAPIST)
@PermitAll
public class AsTherapist {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
