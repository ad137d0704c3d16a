package io.reload.booking.web;

import io.reload.booking.service.ScreenSummary;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A page about one screen and the self-check it was booked with; the subclass says whose
 * screens it may open (a therapist their own, staff any).
 */
abstract class ScreenPage implements Serializable {

    @Inject
    SelfCheckService selfChecks;

    private Long screenId;
    private ScreenSummary screen;
    private SelfCheckResult selfCheck;

    /** The screen, refused with a BusinessException when the caller may not see it. */
    protected abstract ScreenSummary find(long screenId);

    public void load() {
        screen = find(screenId);
        selfCheck = screen.getSelfCheckId() == null ? null : selfChecks.byId(screen.getSelfCheckId());
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

    public SelfCheckResult getSelfCheck() {
        return selfCheck;
    }
}
