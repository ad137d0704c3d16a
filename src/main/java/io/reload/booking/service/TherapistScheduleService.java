package io.reload.booking.service;

import io.reload.account.domain.Account;
import io.reload.account.service.CurrentAccount;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.clinic.domain.BookingRules;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.ClientHealthChanged;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A therapist's own screens: the day and the week ahead, and attendance. */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class TherapistScheduleService {

    @Inject
    ScheduleRepository schedule;

    @Inject
    Calendars calendars;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Event<ClientHealthChanged> healthChanged;

    @Inject
    AuditTrail audit;

    /** My screens from the first to the last day (clinic dates, inclusive), in time order. */
    public List<ScreenSummary> mySchedule(LocalDate first, LocalDate last) {
        BookingRules rules = calendars.rules();
        Account me = currentAccount.get();
        return schedule
                .screensOfTherapist(
                        me.getId(),
                        first.atStartOfDay(rules.zone()).toInstant(),
                        last.plusDays(1).atStartOfDay(rules.zone()).toInstant())
                .stream()
                .map(screen -> new ScreenSummary(screen, rules.zone(), false))
                .toList();
    }

    /** One of my screens (refused for anyone else's): also the check other features make before touching it. */
    public ScreenSummary myScreen(long screenId) {
        return new ScreenSummary(myOwn(screenId), calendars.rules().zone(), false);
    }

    /** My screen as its page shows it, with the client's contact and self-check answers: on the audit log. */
    public ScreenSummary openMyScreen(long screenId) {
        ScreenSummary screen = myScreen(screenId);
        audit.viewed(screen.getClientId(), screen.getClientName(), "screen: contact and self-check answers");
        return screen;
    }

    public ScreenSummary recordAttendance(long screenId, boolean attended) {
        Screen screen = myOwn(screenId);
        BookingRules rules = calendars.rules();
        if (!screen.isAttendanceRecordableAt(calendars.now(), rules.zone())) {
            throw new BusinessException("schedule.attendance.tooEarly");
        }
        screen.recordAttendance(attended);
        healthChanged.fire(new ClientHealthChanged(screen.getClient().getId()));
        return new ScreenSummary(screen, rules.zone(), false);
    }

    /** A screen of another therapist does not exist for this one. */
    private Screen myOwn(long screenId) {
        Account me = currentAccount.get();
        return schedule.screen(screenId)
                .filter(screen -> screen.getTherapist().getId().equals(me.getId()))
                .orElseThrow(() -> new BusinessException("booking.screen.notFound"));
    }
}
