package io.reload.booking.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.account.service.CurrentAccount;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.ScreenStatus;
import io.reload.booking.domain.Slot;
import io.reload.booking.domain.SlotProblem;
import io.reload.booking.domain.SlotRules;
import io.reload.booking.domain.Urgency;
import io.reload.clinic.domain.BookingRules;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Booking, moving and cancelling free screens. Every change locks the client's row and then
 * the therapist's (always in that order), checks the slot against the therapist's calendar as
 * it stands inside the lock, and only then writes; the unique key on (therapist, slot start)
 * is the last line of defence. A lost race is a SlotUnavailableException(TAKEN), never an error.
 */
@Stateless
public class BookingService {

    @Inject
    ScheduleRepository schedule;

    @Inject
    AccountRepository accounts;

    @Inject
    Calendars calendars;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    Event<ScreenChanged> screenChanged;

    /** A client books for themselves, with the self-check they took (may be null). */
    @RolesAllowed(Roles.CLIENT)
    public ScreenSummary book(SlotChoice choice, String selfCheckToken) {
        Account client = currentAccount.get();
        return bookFor(client, client, choice, selfCheckToken);
    }

    /** Staff book on a client's behalf, e.g. at the front desk or on the phone. */
    @RolesAllowed(Roles.STAFF)
    public ScreenSummary bookOnBehalf(long clientId, SlotChoice choice, String selfCheckToken) {
        Account client = accounts.find(clientId)
                .filter(account -> account.getRole() == Role.CLIENT)
                .orElseThrow(() -> new BusinessException("booking.client.unknown"));
        return bookFor(client, currentAccount.get(), choice, selfCheckToken);
    }

    @RolesAllowed({Roles.CLIENT, Roles.STAFF})
    public ScreenSummary reschedule(long screenId, SlotChoice choice) {
        Screen screen = changeableScreen(screenId);
        Slot slot = claimSlot(choice, screen.getId());
        screen.moveTo(schedule.therapist(slot.therapistId()).orElseThrow(), slot);
        flushOrTaken();
        return announce(ScreenChanged.Kind.RESCHEDULED, screen);
    }

    @RolesAllowed({Roles.CLIENT, Roles.STAFF})
    public void cancel(long screenId) {
        Screen screen = changeableScreen(screenId);
        screen.cancel();
        schedule.flush();
        announce(ScreenChanged.Kind.CANCELLED, screen);
    }

    /** The client's own screens, newest first. */
    @RolesAllowed(Roles.CLIENT)
    public List<ScreenSummary> myScreens() {
        Account client = currentAccount.get();
        return schedule.screensOfClient(client.getId()).stream()
                .map(this::summary)
                .toList();
    }

    /** My next screen still to come (a client has at most one), for the start page. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<ScreenSummary> myNextScreen() {
        return schedule.upcomingScreenOf(currentAccount.get().getId(), calendars.now())
                .map(this::summary);
    }

    /** A client's screens as staff see them, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<ScreenSummary> screensOfClient(long clientId) {
        return schedule.screensOfClient(clientId).stream().map(this::summary).toList();
    }

    /** One screen, for its client or staff; to anyone else it does not exist. */
    @RolesAllowed({Roles.CLIENT, Roles.STAFF})
    public ScreenSummary screen(long screenId) {
        return summary(visibleScreen(screenId));
    }

    private ScreenSummary bookFor(Account client, Account bookedBy, SlotChoice choice, String selfCheckToken) {
        Optional<SelfCheckResult> selfCheck = selfCheckOf(selfCheckToken);
        schedule.lockAccount(client.getId());
        if (schedule.upcomingScreenOf(client.getId(), calendars.now()).isPresent()) {
            throw new BusinessException("booking.client.hasUpcoming");
        }
        Slot slot = claimSlot(choice, null);
        Screen screen = new Screen(
                client,
                schedule.therapist(slot.therapistId()).orElseThrow(),
                bookedBy,
                slot,
                selfCheck.map(BookingService::urgencyOf).orElse(Urgency.ROUTINE),
                selfCheck.map(SelfCheckResult::getId).orElse(null));
        try {
            schedule.add(screen);
        } catch (PersistenceException uniqueKeyCaughtARace) {
            throw new SlotUnavailableException(SlotProblem.TAKEN);
        }
        selfCheck.ifPresent(check -> selfChecks.attachToClient(check.getToken(), client.getId()));
        return announce(ScreenChanged.Kind.BOOKED, screen);
    }

    /**
     * Locks the chosen therapist (or, for "first available", each free one in id order) and
     * returns the slot once it is known to be free under the lock.
     */
    private Slot claimSlot(SlotChoice choice, Long screenBeingMoved) {
        SlotRules rules = calendars.slotRules();
        Instant now = calendars.now();
        List<Long> candidates = choice.therapistId()
                .map(List::of)
                .orElseGet(() -> schedule.bookableTherapists().stream()
                        .map(Account::getId)
                        .sorted(Comparator.naturalOrder())
                        .toList());
        if (choice.therapistId().isPresent()
                && choice.therapistId().flatMap(schedule::therapist).isEmpty()) {
            throw new BusinessException("booking.therapist.unknown");
        }
        SlotProblem problem = SlotProblem.OUTSIDE_HOURS;
        for (long therapistId : candidates) {
            schedule.lockAccount(therapistId);
            Optional<SlotProblem> problemHere =
                    rules.problemWith(calendars.of(therapistId, screenBeingMoved), choice.start(), now);
            if (problemHere.isEmpty()) {
                return new Slot(
                        therapistId,
                        choice.start(),
                        choice.start().plus(calendars.rules().slotLength()));
            }
            problem = morePrecise(problem, problemHere.get());
        }
        throw new SlotUnavailableException(problem);
    }

    /** With several therapists, "taken" says more than "outside hours" of the others. */
    private static SlotProblem morePrecise(SlotProblem sofar, SlotProblem next) {
        return next == SlotProblem.TAKEN || sofar == SlotProblem.OUTSIDE_HOURS ? next : sofar;
    }

    private Optional<SelfCheckResult> selfCheckOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        SelfCheckResult check =
                selfChecks.findByToken(token).orElseThrow(() -> new BusinessException("booking.selfCheck.unknown"));
        if (!check.isBookingOffered()) {
            throw new BusinessException("booking.selfCheck.emergency");
        }
        return Optional.of(check);
    }

    private static Urgency urgencyOf(SelfCheckResult check) {
        if (check.isUrgent()) {
            return Urgency.URGENT;
        }
        return check.isMarkedForAttention() ? Urgency.ATTENTION : Urgency.ROUTINE;
    }

    private Screen visibleScreen(long screenId) {
        Account caller = currentAccount.get();
        return schedule.screen(screenId)
                .filter(screen -> caller.getRole() == Role.STAFF
                        || screen.getClient().getId().equals(caller.getId()))
                .orElseThrow(() -> new BusinessException("booking.screen.notFound"));
    }

    /**
     * Clients change a screen only before the cutoff; staff (on the phone with them) also after.
     * Every change of a screen happens under its client's lock, so it is read again once locked.
     */
    private Screen changeableScreen(long screenId) {
        Screen screen = visibleScreen(screenId);
        schedule.lockAccount(screen.getClient().getId());
        schedule.refresh(screen);
        BookingRules rules = calendars.rules();
        boolean byStaff = currentAccount.get().getRole() == Role.STAFF;
        if (screen.getStatus() != ScreenStatus.BOOKED) {
            throw new BusinessException("booking.screen.notBooked");
        }
        if (!byStaff && !screen.isChangeableAt(calendars.now(), rules.cancellationCutoff())) {
            throw new BusinessException(
                    "booking.cutoffPassed", rules.cancellationCutoff().toHours());
        }
        return screen;
    }

    private void flushOrTaken() {
        try {
            schedule.flush();
        } catch (PersistenceException uniqueKeyCaughtARace) {
            throw new SlotUnavailableException(SlotProblem.TAKEN);
        }
    }

    private ScreenSummary summary(Screen screen) {
        BookingRules rules = calendars.rules();
        return new ScreenSummary(
                screen, rules.zone(), screen.isChangeableAt(calendars.now(), rules.cancellationCutoff()));
    }

    private ScreenSummary announce(ScreenChanged.Kind kind, Screen screen) {
        ScreenSummary summary = summary(screen);
        screenChanged.fire(new ScreenChanged(kind, summary));
        return summary;
    }
}
