package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The confirmation page after booking or moving a screen. */
@Named
@RequestScoped
public class BookedBacking {

    @Inject
    BookingService booking;

    private Long screenId;
    private boolean moved;
    private ScreenSummary screen;

    public void load() {
        screen = booking.screen(screenId);
    }

    public Long getScreenId() { return screenId; }
    public void setScreenId(Long screenId) { this.screenId = screenId; }
    public boolean isMoved() { return moved; }
    public void setMoved(boolean moved) { this.moved = moved; }
    public ScreenSummary getScreen() { return screen; }
}
