package io.reload.booking.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One day of the week view with its free times. */
public class DayOfOffers implements Serializable {

    private final LocalDate date;
    private final List<SlotOffer> offers;

    public DayOfOffers(LocalDate date, List<SlotOffer> offers) {
        this.date = date;
        this.offers = List.copyOf(offers);
    }

    public LocalDate getDate() {
        return date;
    }

    public List<SlotOffer> getOffers() {
        return offers;
    }

    public boolean isWithoutTimes() {
        return offers.isEmpty();
    }
}
