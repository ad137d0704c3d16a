package io.reload.account.web;

import io.reload.account.domain.KeyedThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * At most five reset links for one email, or from one address, within 15 minutes: enough for a
 * person whose mail is slow, too few to fill someone's inbox. Kept in memory per server, like
 * the second factor's wrong-code count.
 */
@ApplicationScoped
class ResetLinkThrottle {

    @Inject
    Clock clock;

    private KeyedThrottle requests;

    @PostConstruct
    void start() {
        requests = new KeyedThrottle(5, Duration.ofMinutes(15), clock);
    }

    /** Counts the request; false when the email or the address has asked too often lately. */
    boolean allow(String email, String remoteAddress) {
        List<String> keys = List.of("email:" + email.strip().toLowerCase(Locale.ROOT), "address:" + remoteAddress);
        boolean allowed = keys.stream().allMatch(key -> requests.waitFor(key).isZero());
        keys.forEach(requests::failed);
        return allowed;
    }
}
