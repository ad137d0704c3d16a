package io.reload.triage.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.Role;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.security.Roles;
import io.reload.triage.domain.SelfCheck;
import io.reload.triage.domain.SelfCheckRepository;
import io.reload.triage.domain.Symptom;
import io.reload.triage.domain.TriageClass;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The self-check before booking: anyone runs it; booking, therapists and staff read it. */
@Stateless
public class SelfCheckService {

    /** How far back staff's start page looks for emergencies. */
    static final Duration EMERGENCY_WINDOW = Duration.ofDays(7);

    /** Caps the staff list: the check is public, and a flood of submissions must not stall the page. */
    public static final int MAX_EMERGENCY_ALERTS = 100;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @Inject
    SelfCheckRepository selfChecks;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** Stores the answers with their outcome. Null (nothing sent) counts as nothing ticked. */
    @PermitAll
    public SelfCheckResult submit(Set<Symptom> answers) {
        SelfCheck check = selfChecks.add(new SelfCheck(answers == null ? Set.of() : answers));
        return SelfCheckResult.of(check);
    }

    /**
     * The check behind a link. Until a client books with it, the token alone shows it (the
     * person may have no account yet); from then on the answers are that client's health data,
     * shown only to them and to staff.
     */
    @PermitAll
    public Optional<SelfCheckResult> findByToken(String token) {
        if (!SelfCheck.looksLikeToken(token)) {
            return Optional.empty();
        }
        return selfChecks
                .findByToken(token)
                .filter(check -> check.getClient() == null
                        || caller.isCallerInRole(Roles.STAFF)
                        || isTheCaller(check.getClient()))
                .map(SelfCheckResult::of);
    }

    /**
     * For the screen's page. Any therapist may read any check for now: which therapist sees
     * which client is known only once screens and plans exist (booking, protocol).
     */
    @RolesAllowed({Roles.THERAPIST, Roles.STAFF})
    public SelfCheckResult byId(long id) {
        return selfChecks
                .findById(id)
                .map(SelfCheckResult::of)
                .orElseThrow(() -> new BusinessException("selfcheck.notFound"));
    }

    /** The outcome of each of these checks, by id: My day's column of self-check classes, in one read. */
    @RolesAllowed({Roles.THERAPIST, Roles.STAFF})
    public Map<Long, TriageClass> outcomesOf(Collection<Long> ids) {
        return selfChecks.outcomesOf(ids);
    }

    /** Booking records whose check it was: a client for themselves, staff for any client. */
    @RolesAllowed({Roles.CLIENT, Roles.STAFF})
    public void attachToClient(String token, long clientAccountId) {
        SelfCheck check = Optional.ofNullable(token)
                .filter(SelfCheck::looksLikeToken)
                .flatMap(selfChecks::findByTokenForUpdate)
                .orElseThrow(() -> new BusinessException("selfcheck.notFound"));
        Account client = selfChecks
                .findAccount(clientAccountId)
                .filter(account -> account.getRole() == Role.CLIENT)
                .orElseThrow(() -> new BusinessException("selfcheck.attach.notAClient"));
        if (!caller.isCallerInRole(Roles.STAFF) && !isTheCaller(client)) {
            // a client id in a request proves nothing: a client attaches only to themselves
            throw new BusinessException("selfcheck.attach.notYours");
        }
        check.attachTo(client);
        healthChanged.fire(new ClientHealthChanged(client.getId()));
    }

    /** Emergency self-checks of the last 7 days, newest first, at most {@link #MAX_EMERGENCY_ALERTS}. */
    @RolesAllowed(Roles.STAFF)
    public List<EmergencyAlert> recentEmergencies() {
        Instant since = clock.instant().minus(EMERGENCY_WINDOW);
        return selfChecks.findByOutcomeSince(TriageClass.EMERGENCY, since, MAX_EMERGENCY_ALERTS).stream()
                .map(EmergencyAlert::of)
                .toList();
    }

    /** The signed-in client is this account: the caller name is the account's email. */
    private boolean isTheCaller(Account client) {
        return caller.isCallerInRole(Roles.CLIENT)
                && client.getEmail()
                        .equals(Account.normalizeEmail(
                                caller.getCallerPrincipal().getName()));
    }
}
