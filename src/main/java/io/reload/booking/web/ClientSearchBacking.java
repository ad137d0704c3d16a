package io.reload.booking.web;

import io.reload.account.service.ClientDirectory;
import io.reload.account.service.PersonSummary;
import io.reload.booking.service.SlotOffersService;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.web.DateFormats;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Staff find a client to book a screen for them. Opened from a free time on the Schedule, the
 * time travels along (start and therapist) and a found client goes straight to confirming it.
 */
@ViewPage
public class ClientSearchBacking implements Serializable {

    @Inject
    ClientDirectory clients;

    @Inject
    SlotOffersService offers;

    @Inject
    ClinicService clinic;

    private String query;
    private Long start;
    private Long therapist;
    private String therapistName;
    private List<PersonSummary> found = List.of();

    public void search() {
        found = clients.findClients(query);
        therapistName = start == null || therapist == null
                ? null
                : offers.therapistName(therapist).orElse(null);
    }

    /** A time was chosen on the Schedule (with a therapist who exists). */
    public boolean isForChosenTime() {
        return therapistName != null;
    }

    public String getChosenTime() {
        return DateFormats.format(
                "format.dayTime",
                ZonedDateTime.ofInstant(
                        Instant.ofEpochSecond(start), clinic.profile().getTimeZone()));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }

    public Long getTherapist() {
        return therapist;
    }

    public void setTherapist(Long therapist) {
        this.therapist = therapist;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public List<PersonSummary> getFound() {
        return found;
    }
}
