package io.reload.account.web;

import io.reload.account.domain.KeyedThrottle;
import io.reload.account.service.SecondFactorService;
import io.reload.account.service.SecondFactorStep;
import io.reload.shared.security.PendingSignIn;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Between the right password and being signed in: sends staff and therapists without a second
 * factor to set one up, and everyone who has one to type a code; holds the sign-in
 * ({@link PendingSignIn}) until then, with the page to go to afterwards and the wrong codes
 * typed so far. Too many wrong codes in a row, and the sign-in starts over; each also counts in
 * the sign-in throttle under the account's own key (one the right password does not clear), so
 * signing in again and again does not let anyone guess codes at leisure.
 */
@ApplicationScoped
class SecondFactorGate {

    static final String ENROL_PAGE = "second-factor-setup.xhtml";
    static final String CODE_PAGE = "second-factor.xhtml";
    static final int WRONG_CODES_ALLOWED = 5;
    private static final String STATE = SecondFactorGate.class.getName() + ".state";

    /** Where to go once signed in, and how many wrong codes were typed. */
    record State(String next, int wrongCodes) implements Serializable {}

    @Inject
    SecondFactorService secondFactors;

    @Inject
    Clock clock;

    /** Ten wrong codes for one account within 15 minutes, over however many sign-ins, then a pause (per server). */
    private KeyedThrottle throttle;

    @PostConstruct
    void startCounting() {
        throttle = new KeyedThrottle(10, Duration.ofMinutes(15), clock);
    }

    /** After the right password: the page to go to, which is the second factor's when one is asked for. */
    String afterPassword(HttpServletRequest request, String email, String next) {
        PendingSignIn.forget(request);
        SecondFactorStep step = secondFactors.stepAfterPassword(email);
        if (step == SecondFactorStep.NONE) {
            return next;
        }
        String page = step == SecondFactorStep.ENROL ? ENROL_PAGE : CODE_PAGE;
        PendingSignIn.hold(request, "/" + page);
        request.getSession().setAttribute(STATE, new State(next, 0));
        return page;
    }

    /** The email of the sign-in waiting for its second factor, if there is one. */
    Optional<String> pendingEmail(HttpServletRequest request) {
        return PendingSignIn.caller(request);
    }

    /** How long before this account may try a code again; zero when it may now. */
    Duration waitBeforeCode(String email) {
        return throttle.waitFor(throttleKey(email));
    }

    /** The second factor was right: signs the person in; returns the page to go to. */
    String complete(HttpServletRequest request) {
        pendingEmail(request).ifPresent(email -> throttle.succeeded(throttleKey(email)));
        String next = state(request).map(State::next).orElse("start.xhtml");
        request.getSession().removeAttribute(STATE);
        PendingSignIn.complete(request);
        return next;
    }

    /** Counts a wrong code; true when it was one too many, and the sign-in has started over. */
    boolean wrongCode(HttpServletRequest request, String email) {
        throttle.failed(throttleKey(email));
        State before = state(request).orElse(new State("start.xhtml", 0));
        if (before.wrongCodes() + 1 >= WRONG_CODES_ALLOWED) {
            PendingSignIn.forget(request);
            request.getSession().removeAttribute(STATE);
            return true;
        }
        request.getSession().setAttribute(STATE, new State(before.next(), before.wrongCodes() + 1));
        return false;
    }

    private static String throttleKey(String email) {
        return "second-factor:" + email.toLowerCase(Locale.ROOT);
    }

    private static Optional<State> state(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(STATE) instanceof State state
                ? Optional.of(state)
                : Optional.empty();
    }
}
