package io.reload.booking.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.shared.mail.MailSender;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/** The confirmation page after booking or moving a screen. */
@ViewPage
public class BookedBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    MailSender mail;

    private Long screenId;
    private boolean moved;
    private ScreenSummary screen;

    public void load() {
        screen = booking.screen(screenId);
    }

    /** What the page says about the confirmation mail: that it was sent only while mail is on. */
    static String mailNoteKey(boolean mailOn) {
        return mailOn ? "booked.mailNote" : "booked.noMailNote";
    }

    public String getMailNoteKey() {
        return mailNoteKey(mail.isOn());
    }

    public Long getScreenId() {
        return screenId;
    }

    public void setScreenId(Long screenId) {
        this.screenId = screenId;
    }

    public boolean isMoved() {
        return moved;
    }

    public void setMoved(boolean moved) {
        this.moved = moved;
    }

    public ScreenSummary getScreen() {
        return screen;
    }
}
