package io.reload.booking.service;

import io.reload.account.domain.Account;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Slot;
import io.reload.booking.domain.SlotRules;
import io.reload.clinic.domain.BookingRules;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The free times a client (or staff on their behalf) can choose from. */
@Stateless
@RolesAllowed({Roles.CLIENT, Roles.STAFF})
public class SlotOffersService {

    @Inject
    ScheduleRepository schedule;

    @Inject
    Calendars calendars;

    public List<TherapistOption> therapists() {
        return schedule.bookableTherapists().stream()
                .map(t -> new TherapistOption(t.getId(), t.getFullName()))
                .toList();
    }

    /** A therapist's name by their id: whom a chosen time is with, whatever else a link says. */
    public Optional<String> therapistName(long therapistId) {
        return schedule.therapist(therapistId).map(Account::getFullName);
    }

    /**
     * The week (Monday to Sunday) holding the given day. With a therapist: their free times;
     * without one ("first available"): each time at which anyone is free, once.
     * A screen being rescheduled does not block its own time.
     */
    public WeekOfOffers week(Long therapistId, LocalDate anyDayOfWeek, Long screenBeingMoved) {
        BookingRules rules = calendars.rules();
        LocalDate today = calendars.today();
        LocalDate monday = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SlotOffer> offers = offers(therapistId, monday, monday.plusDays(6), screenBeingMoved);
        Map<LocalDate, List<SlotOffer>> byDay = offers.stream()
                .collect(Collectors.groupingBy(offer -> offer.getStart().toLocalDate()));
        List<DayOfOffers> days = monday.datesUntil(monday.plusDays(7))
                .map(day -> new DayOfOffers(day, byDay.getOrDefault(day, List.of())))
                .toList();
        LocalDate lastBookableDay = LocalDate.ofInstant(calendars.now().plus(rules.horizon()), rules.zone());
        return new WeekOfOffers(
                monday, days, monday.isAfter(today), !monday.plusWeeks(1).isAfter(lastBookableDay));
    }

    /**
     * How many free times are left in the week (Monday to Sunday) holding the day, counted per
     * therapist (two therapists free at 10:00 are two), by the same rules as the offers.
     */
    @RolesAllowed(Roles.STAFF)
    public long freeSlotsLeftInWeek(LocalDate anyDayOfWeek) {
        SlotRules slotRules = calendars.slotRules();
        Instant now = calendars.now();
        LocalDate monday = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return calendars.ofAllBookable().stream()
                .mapToLong(calendar -> slotRules
                        .freeSlots(calendar, monday, monday.plusDays(6), now)
                        .size())
                .sum();
    }

    /** The soonest free times with the therapist, or with anyone (null): what an urgent request is shown first. */
    public List<SlotOffer> earliest(int count, Long therapistId) {
        BookingRules rules = calendars.rules();
        LocalDate today = calendars.today();
        LocalDate last = LocalDate.ofInstant(calendars.now().plus(rules.horizon()), rules.zone());
        return offers(therapistId, today, last, null).stream().limit(count).toList();
    }

    private List<SlotOffer> offers(Long therapistId, LocalDate first, LocalDate last, Long screenBeingMoved) {
        SlotRules slotRules = calendars.slotRules();
        BookingRules rules = calendars.rules();
        Instant now = calendars.now();
        List<Account> therapists = therapistId == null
                ? schedule.bookableTherapists()
                : schedule.therapist(therapistId).stream().toList();
        Map<Long, Account> byId = therapists.stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        List<Slot> free = calendars.ofEach(List.copyOf(byId.keySet()), screenBeingMoved).values().stream()
                .flatMap(calendar -> slotRules.freeSlots(calendar, first, last, now).stream())
                .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::therapistId))
                .toList();
        if (therapistId != null) {
            return free.stream()
                    .map(slot -> offer(slot, byId.get(slot.therapistId()), rules))
                    .toList();
        }
        // first available: one offer per start time; the therapist is chosen when booking
        Map<Instant, Slot> firstPerStart = new LinkedHashMap<>();
        free.forEach(slot -> firstPerStart.putIfAbsent(slot.start(), slot));
        return firstPerStart.values().stream()
                .map(slot -> new SlotOffer(null, null, slot.start(), slot.end(), rules.zone()))
                .toList();
    }

    private static SlotOffer offer(Slot slot, Account therapist, BookingRules rules) {
        return new SlotOffer(therapist.getId(), therapist.getFullName(), slot.start(), slot.end(), rules.zone());
    }
}
