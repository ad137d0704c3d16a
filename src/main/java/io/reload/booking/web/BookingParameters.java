package io.reload.booking.web;

import io.reload.booking.service.SlotOffer;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The query parameters that travel through the booking pages (week view -> confirm ->
 * booked): the self-check token, the screen being moved, and the client staff book for.
 */
public class BookingParameters implements Serializable {

    private String check;
    private Long reschedule;
    private Long client;

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }

    public Long getReschedule() {
        return reschedule;
    }

    public void setReschedule(Long reschedule) {
        this.reschedule = reschedule;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public boolean isRescheduling() {
        return reschedule != null;
    }

    public boolean isOnBehalf() {
        return client != null;
    }

    /** The week view (relative to the context root) for a week and therapist, these parameters carried along. */
    public String weekLink(LocalDate week, Long therapist) {
        return "booking/book.xhtml?" + query().add("week", week).add("therapist", therapist);
    }

    /** The confirm page for a free time, these parameters carried along. */
    public String confirmLink(SlotOffer offer) {
        return "booking/confirm.xhtml?"
                + query().add("start", offer.getStartEpochSecond()).add("therapist", offer.getTherapistId());
    }

    private Query query() {
        return new Query().add("check", check).add("reschedule", reschedule).add("client", client);
    }

    /** A URL query that leaves out absent values and encodes the rest. */
    private static final class Query {
        private final StringJoiner pairs = new StringJoiner("&");

        Query add(String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                pairs.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
            return this;
        }

        @Override
        public String toString() {
            return pairs.toString();
        }
    }
}
