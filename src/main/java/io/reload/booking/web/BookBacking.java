package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.SlotOffer;
import io.reload.booking.service.SlotOffersService;
import io.reload.booking.service.TherapistOption;
import io.reload.booking.service.WeekOfOffers;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.web.ViewPage;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The week view of free times: pick a therapist (or first available) and a time. */
@ViewPage
public class BookBacking implements Serializable {

    private static final int EARLIEST_FOR_URGENT = 6;

    @Inject
    SlotOffersService offers;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    BookingService booking;

    @Inject
    ClinicService clinic;

    private final BookingParameters params = new BookingParameters();
    private Long therapist;
    private LocalDate week;

    private List<TherapistOption> therapists;
    private WeekOfOffers weekOfOffers;
    private List<SlotOffer> earliest = List.of();
    private SelfCheckResult selfCheck;
    private ScreenSummary screenBeingMoved;

    public void load() {
        therapists = offers.therapists();
        if (params.isRescheduling()) {
            screenBeingMoved = booking.screen(params.getReschedule());
        }
        selfCheck = Optional.ofNullable(params.getCheck())
                .flatMap(selfChecks::findByToken)
                .orElse(null);
        weekOfOffers = offers.week(therapist, week == null ? weekOfFirstFreeTime() : week, params.getReschedule());
        if (selfCheck != null && selfCheck.isUrgent()) {
            earliest = offers.earliest(EARLIEST_FOR_URGENT, null);
        }
    }

    /** Without a chosen week, open the one with the first free time rather than an empty one. */
    private LocalDate weekOfFirstFreeTime() {
        return offers.earliest(1, therapist).stream()
                .findFirst()
                .map(offer -> offer.getStart().toLocalDate())
                .orElseGet(clinic::today);
    }

    public BookingParameters getParams() {
        return params;
    }

    public Long getTherapist() {
        return therapist;
    }

    public void setTherapist(Long therapist) {
        this.therapist = therapist;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }

    public List<TherapistOption> getTherapists() {
        return therapists;
    }

    public WeekOfOffers getWeekOfOffers() {
        return weekOfOffers;
    }

    public List<SlotOffer> getEarliest() {
        return earliest;
    }

    public SelfCheckResult getSelfCheck() {
        return selfCheck;
    }

    public ScreenSummary getScreenBeingMoved() {
        return screenBeingMoved;
    }
}
