package io.reload.trends.web;

import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.service.ClinicOverview;
import io.reload.trends.service.ClinicOverviewService;
import jakarta.inject.Inject;
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
        if (Changes.changedAt(null, () -> service.acknowledge(kind, sourceId))) {
            Changes.done("overview.acknowledged", "staff/index.xhtml");
        }
    }

    public ClinicOverview getOverview() {
        return overview;
    }

    /** When, in the clinic's time zone, for the project's one date format (#{when.dayTime(...)}). */
    public ZonedDateTime inClinicZone(Instant instant) {
        return instant.atZone(overview.getZone());
    }

    /** The same instant for a time element's datetime attribute. */
    public String isoWhen(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(overview.getZone()));
    }
}
