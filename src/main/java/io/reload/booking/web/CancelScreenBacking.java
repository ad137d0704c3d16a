package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.shared.web.Changes;
import io.reload.shared.web.DateFormats;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

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
        if (!Changes.changed("cancel", () -> booking.cancel(screenId))) {
            return;
        }
        // staff come from the Schedule (or a client's screens) and go back to that day's schedule
        Changes.done(
                "appointments.cancelled",
                request.isUserInRole("STAFF")
                        ? "staff/schedule.xhtml?day=" + screen.getStart().toLocalDate()
                        : "client/appointments.xhtml",
                DateFormats.format("format.dayTime", screen.getStart()));
    }

    public Long getScreenId() {
        return screenId;
    }

    public void setScreenId(Long screenId) {
        this.screenId = screenId;
    }

    public ScreenSummary getScreen() {
        return screen;
    }
}
