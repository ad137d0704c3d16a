package io.reload.booking.web;

import io.reload.booking.domain.SlotProblem;
import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.booking.service.SlotChoice;
import io.reload.booking.service.SlotOffersService;
import io.reload.booking.service.SlotUnavailableException;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.DateFormats;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Confirms the picked time and books it (or moves the screen being rescheduled). A time that
 * was just taken sends the person back to the week view, with a message and fresh times.
 */
@ViewPage
public class ConfirmBookingBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    ClinicService clinic;

    @Inject
    SlotOffersService offers;

    private final BookingParameters params = new BookingParameters();
    private Long therapist;
    private Long start;
    private String therapistName;

    /** The therapist's name comes from their id, never from the link, which anyone can edit. */
    public void load() {
        if (start != null && therapist != null) {
            therapistName = offers.therapistName(therapist).orElse(null);
            if (therapistName == null) {
                start = null; // no one to book with: nothing to confirm
            }
        }
        if (start == null) {
            Messages.addGlobalError("confirm.invalid");
        }
    }

    public void confirm() throws IOException {
        SlotChoice choice = new SlotChoice(therapist, Instant.ofEpochSecond(start));
        Optional<ScreenSummary> screen = Changes.made(() -> bookOrMove(choice), refusal -> {
            if (refusal instanceof SlotUnavailableException unavailable
                    && unavailable.getProblem() == SlotProblem.TAKEN) {
                Changes.refusedTo(params.weekLink(null, therapist), refusal);
            } else {
                Refusals.show("confirm", refusal);
            }
        });
        if (screen.isPresent()) {
            Faces.redirect("booking/booked.xhtml?screen=" + screen.get().getId()
                    + (params.isRescheduling() ? "&moved=true" : ""));
        }
    }

    /** Books the chosen time, on the client's behalf for staff, or moves the screen being rescheduled to it. */
    private ScreenSummary bookOrMove(SlotChoice choice) {
        if (params.isRescheduling()) {
            return booking.reschedule(params.getReschedule(), choice);
        }
        return params.isOnBehalf()
                ? booking.bookOnBehalf(params.getClient(), choice, params.getCheck())
                : booking.book(choice, params.getCheck());
    }

    public String getWhen() {
        return start == null
                ? ""
                : DateFormats.format(
                        "format.dayTime",
                        ZonedDateTime.ofInstant(
                                Instant.ofEpochSecond(start), clinic.profile().getTimeZone()));
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

    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }
    /** Null for "first available". */
    public String getTherapistName() {
        return therapistName;
    }
}
