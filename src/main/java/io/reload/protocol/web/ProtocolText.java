package io.reload.protocol.web;

import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.EventFacts;
import io.reload.protocol.service.PhaseView;
import io.reload.protocol.service.PlanView;
import io.reload.shared.text.ReaderLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A plan's and a template's numbers in the reader's words, for pages: #{protocolText.dose(item)}.
 * The services give values (a dosage, kilograms, an event's kind and values); here they become
 * text in the page's language.
 */
@Named("protocolText")
@RequestScoped
public class ProtocolText {

    @Inject
    ReaderLocale reader;

    private DoseWords doses;
    private EventWords events;

    /** The same words outside a page, in a language of the caller's choice (mails, tests). */
    public static ProtocolText in(Locale locale) {
        ProtocolText text = new ProtocolText();
        text.use(locale);
        return text;
    }

    private void use(Locale locale) {
        doses = new DoseWords(locale);
        events = new EventWords(locale);
    }

    private DoseWords doses() {
        if (doses == null) {
            use(reader.get());
        }
        return doses;
    }

    /** Today's dose of a client's prescription, e.g. "3 × 8 · 40 kg (70% of your one-rep max)". */
    public String dose(PlanView.TodayItem item) {
        return doses().forClient(item.dose());
    }

    /** A template's dose as written, e.g. "3 × 8 per side · days 3–4". */
    public String templateDose(PhaseView.PrescriptionRow row) {
        return doses().forTemplate(row.getPrescriptionKind(), row.getDosage());
    }

    /** A lift's working load today, or null for anything else. */
    public String workingLoad(PlanView.TodayItem item) {
        return item.workingLoadKg() == null
                ? null
                : load(item.workingLoadKg(), item.dose().loads());
    }

    public String load(BigDecimal kg, LoadScale loads) {
        return doses().load(kg, loads);
    }

    /** A weight the therapist entered (one-rep max, body weight), e.g. "308.6 lb". */
    public String weight(BigDecimal kg, WeightUnit unit) {
        return kg == null ? null : doses().weight(kg, unit);
    }

    public String unit(WeightUnit unit) {
        return doses().unitName(unit);
    }

    public String event(EventFacts event) {
        doses();
        return events.of(event);
    }
}
