package io.reload.trends.web;

import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Refusals;
import io.reload.shared.web.ViewPage;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.service.ClinicOverview;
import io.reload.trends.service.ClinicOverviewService;
import jakarta.inject.Inject;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Staff's start page, the Clinic overview: today's screens, alerts to acknowledge, this week's figures. */
@ViewPage
public class ClinicOverviewBacking implements Serializable {

    @Inject
    ClinicOverviewService service;

    private ClinicOverview overview;

    public void load() {
        overview = service.overview();
    }

    public void acknowledge(AlertKind kind, long sourceId) throws IOException {
        try {
            service.acknowledge(kind, sourceId);
        } catch (BusinessException refusal) {
            Refusals.showAt(null, refusal);
            return;
        }
        Messages.addFlashGlobalInfo("overview.acknowledged");
        Faces.redirect("staff/index.xhtml");
    }

    public ClinicOverview getOverview() { return overview; }

    /** When, in the clinic's time zone, for the project's one date format (#{when.dayTime(...)}). */
    public ZonedDateTime inClinicZone(Instant instant) {
        return instant.atZone(overview.getZone());
    }

    /** The same instant for a time element's datetime attribute. */
    public String isoWhen(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(overview.getZone()));
    }
}
