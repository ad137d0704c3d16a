package io.reload.account.web;

import io.reload.account.domain.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/** Ten failed sign-ins for one email or one address within 15 minutes, then a pause. */
@ApplicationScoped
class SignInThrottling {

    @Inject
    Clock clock;

    // @Singleton, not @ApplicationScoped: the throttle has no no-arg constructor, so it cannot be proxied.
    @Produces
    @Singleton
    SignInThrottle throttle() {
        return new SignInThrottle(10, Duration.ofMinutes(15), clock);
    }
}
