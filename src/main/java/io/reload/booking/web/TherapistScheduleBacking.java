package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.TherapistScheduleService;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import io.reload.triage.domain.TriageClass;
import io.reload.triage.service.SelfCheckService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * My day's screens: today's, with attendance buttons on each row, then the rest of the coming
 * week; each with the class of the self-check it was booked with.
 */
@ViewPage
public class TherapistScheduleBacking implements Serializable {

    /** The form and repeat of today's rows: a refusal shows in the row of its screen. */
    static final String TODAYS_ROWS = "todaysScreens:screens:";

    @Inject
    TherapistScheduleService schedule;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    ClinicService clinic;

    private LocalDate today;
    private List<ScreenSummary> todays;
    private List<ScreenSummary> comingWeek;
    private final Map<Long, TriageClass> selfCheckClasses = new HashMap<>();

    public void load() {
        today = clinic.today();
        todays = schedule.mySchedule(today, today);
        comingWeek = schedule.mySchedule(today.plusDays(1), today.plusDays(7));
        selfCheckClasses.putAll(selfChecks.outcomesOf(Stream.concat(todays.stream(), comingWeek.stream())
                .map(ScreenSummary::getSelfCheckId)
                .filter(Objects::nonNull)
                .toList()));
    }

    public void markAttended(long screenId) throws IOException {
        record(screenId, true);
    }

    public void markNoShow(long screenId) throws IOException {
        record(screenId, false);
    }

    private void record(long screenId, boolean attended) throws IOException {
        Optional<ScreenSummary> saved =
                Changes.madeAt(rowOf(screenId), () -> schedule.recordAttendance(screenId, attended));
        if (saved.isPresent()) {
            Changes.done(
                    attended ? "schedule.attendance.savedAttended" : "schedule.attendance.savedNoShow",
                    "therapist/index.xhtml",
                    saved.get().getClientName());
        }
    }

    /** The attended button of the screen's row, where its refusal shows; null (the top) for a screen not listed. */
    private String rowOf(long screenId) {
        for (int row = 0; row < todays.size(); row++) {
            if (todays.get(row).getId() == screenId) {
                return TODAYS_ROWS + row + ":attended";
            }
        }
        return null;
    }

    /** The message key of the self-check class the screen was booked with, or of "None" without one. */
    public String selfCheckKey(ScreenSummary screen) {
        TriageClass outcome = screen.getSelfCheckId() == null ? null : selfCheckClasses.get(screen.getSelfCheckId());
        return outcome == null ? "schedule.selfCheck.none" : "selfcheck.outcome." + outcome;
    }

    public LocalDate getToday() {
        return today;
    }

    public List<ScreenSummary> getTodays() {
        return todays;
    }

    public List<ScreenSummary> getComingWeek() {
        return comingWeek;
    }
}
