package io.reload.booking.service;

import io.reload.account.domain.AccountRepository;
import io.reload.booking.domain.DayHours;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.shared.persistence.DemoDataSwitch;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Demo therapists get working hours, so the demo clinic has times to book. */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoSchedules {

    private static final List<DayOfWeek> WEEKDAYS = List.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Tara works days, Omar late afternoons and Saturday mornings. */
    private static final Map<String, List<DayHours>> HOURS = Map.of(
            "tara@reload.example", WEEKDAYS.stream().map(day -> new DayHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList(),
            "omar@reload.example", List.of(
                    new DayHours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(20, 0)),
                    new DayHours(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(20, 0)),
                    new DayHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));

    @Inject
    DemoDataSwitch demoData;

    @Inject
    AccountRepository accounts;

    @Inject
    ScheduleRepository schedule;

    @PostConstruct
    void giveDemoTherapistsHours() {
        if (!demoData.isOn()) {
            return;
        }
        HOURS.forEach((email, week) -> accounts.findByEmail(email)
                .filter(therapist -> schedule.workingHoursOf(therapist.getId()).isEmpty())
                .ifPresent(therapist -> schedule.replaceWorkingHours(therapist, week)));
    }
}
