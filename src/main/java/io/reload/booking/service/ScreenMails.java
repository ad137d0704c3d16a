package io.reload.booking.service;

import io.reload.booking.mail.ScreenMailFacts;
import io.reload.booking.mail.ScreenMailTexts;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.mail.MailQueue;
import io.reload.shared.mail.MailSender;
import io.reload.shared.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The mails about a screen: confirmation, new time, cancellation (each with an .ics in the
 * clinic's time zone) and the reminder. Booking mails go out only once the change is
 * committed, on another thread, so a slow mail server never holds up the person booking. Their
 * words, in the client's language, are {@link ScreenMailTexts}'.
 */
@ApplicationScoped
public class ScreenMails {

    @Inject
    MailSender mailSender;

    @Inject
    ClinicService clinic;

    @Inject
    MailQueue mailQueue;

    @Inject
    ScreenMailTexts texts;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScreenChanged change) {
        mailQueue.sendSoon(
                compose(change),
                "the " + change.kind() + " mail of screen " + change.screen().getId());
    }

    /** Sends at once, in the caller's thread (the reminder job records and sends in one transaction). */
    public void sendNow(ScreenChanged change) {
        mailSender.send(compose(change));
    }

    OutgoingMail compose(ScreenChanged change) {
        ScreenSummary screen = change.screen();
        ScreenMailFacts facts = new ScreenMailFacts(
                screen.getId(),
                screen.getSequence(),
                screen.getClientName(),
                screen.getClientEmail(),
                screen.getClientLanguage(),
                screen.getTherapistName(),
                clinic.profile().getName(),
                screen.getStart(),
                screen.getEnd(),
                mailSender.fromAddress(),
                clock.instant());
        return texts.compose(ScreenMailTexts.Kind.valueOf(change.kind().name()), facts);
    }
}
