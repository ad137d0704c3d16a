package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.DateFormats;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.io.IOException;

/** "Cancel this screen?" — a page of its own, so nobody cancels by a slip of the finger. */
@ViewPage
public class CancelScreenBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    HttpServletRequest request;

    private Long screenId;
    private ScreenSummary screen;

    public void load() {
        screen = booking.screen(screenId);
    }

    public void cancel() throws IOException {
        try {
            booking.cancel(screenId);
        } catch (BusinessException refusal) {
            Refusals.show("cancel", refusal);
            return;
        }
        Messages.addFlashGlobalInfo("appointments.cancelled", DateFormats.format("format.dayTime", screen.getStart()));
        // staff come from the Schedule (or a client's screens) and go back to that day's schedule
        Faces.redirect(request.isUserInRole("STAFF")
                ? "staff/schedule.xhtml?day=" + screen.getStart().toLocalDate()
                : "client/appointments.xhtml");
    }

    public Long getScreenId() { return screenId; }
    public void setScreenId(Long screenId) { this.screenId = screenId; }
    public ScreenSummary getScreen() { return screen; }
}
