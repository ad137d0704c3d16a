package io.reload.progress.web;

import io.reload.booking.service.BookingService;
import io.reload.booking.service.ScreenSummary;
import io.reload.clinic.service.ClinicService;
import io.reload.progress.service.PortalView;
import io.reload.progress.service.ProgressService;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * My portal, the client's start page: the next screen, the plan in short with today's session,
 * the pain of the last two weeks and the reasons to see a professional; without a plan or a
 * screen, what to do first.
 */
@ViewPage
public class ClientPortalBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    ProgressService progress;

    @Inject
    ClinicService clinic;

    private ScreenSummary nextScreen;
    private PortalView portal;

    public void load() {
        nextScreen = booking.myNextScreen().orElse(null);
        portal = progress.myPortal().orElse(null);
    }

    public ScreenSummary getNextScreen() {
        return nextScreen;
    }

    public PortalView getPortal() {
        return portal;
    }
    /** Neither a plan nor a screen to come: the page says how to start. */
    /** How long before a screen the client may still move or cancel it online. */
    public long getCutoffHours() {
        return clinic.bookingRules().cancellationCutoff().toHours();
    }

    public boolean isNothingYet() {
        return nextScreen == null && portal == null;
    }
}
