package io.reload.booking.service;

import io.reload.booking.domain.CalendarInvite;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.mail.MailQueue;
import io.reload.shared.mail.MailSender;
import io.reload.shared.mail.OutgoingMail;
import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Locale;

/**
 * The mails about a screen: confirmation, new time, cancellation (each with an .ics in the
 * clinic's time zone) and the reminder. Booking mails go out only once the change is
 * committed, on another thread, so a slow mail server never holds up the person booking.
 */
@ApplicationScoped
public class ScreenMails {

    private static final Locale LOCALE = Locale.ENGLISH;

    @Inject
    MailSender mailSender;

    @Inject
    ClinicService clinic;

    @Inject
    MailQueue mailQueue;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScreenChanged change) {
        mailQueue.sendSoon(compose(change), "the " + change.kind() + " mail of screen " + change.screen().getId());
    }

    /** Sends at once, in the caller's thread (the reminder job records and sends in one transaction). */
    public void sendNow(ScreenChanged change) {
        mailSender.send(compose(change));
    }

    OutgoingMail compose(ScreenChanged change) {
        ScreenSummary screen = change.screen();
        String clinicName = clinic.profile().getName();
        String when = Texts.formatDate(LOCALE, "format.dayTime", screen.getStart());
        String kind = change.kind().name().toLowerCase(Locale.ROOT);
        Object[] facts = {screen.getClientName(), when, screen.getTherapistName(), clinicName, screen.getStart().getZone().getId()};
        CalendarInvite invite = CalendarInvite.builder()
                .uid("screen-" + screen.getId() + "@reload")
                .sequence(screen.getSequence())
                .method(change.kind() == ScreenChanged.Kind.CANCELLED ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST)
                .start(screen.getStart().toInstant())
                .end(screen.getEnd().toInstant())
                .zone(screen.getStart().getZone())
                .summary(Texts.format(LOCALE, "mail.invite.summary", clinicName))
                .location(clinicName)
                .description(Texts.format(LOCALE, "mail.invite.description", screen.getTherapistName()))
                .organizerEmail(mailSender.fromAddress())
                .attendeeEmail(screen.getClientEmail())
                .stamp(clock.instant())
                .build();
        return OutgoingMail.to(screen.getClientEmail(), screen.getClientName())
                .subject(Texts.format(LOCALE, "mail." + kind + ".subject", facts))
                .body(Texts.format(LOCALE, "mail." + kind + ".body", facts))
                .attach(CalendarInvite.FILE_NAME, invite.contentType(), invite.toBytes())
                .build();
    }
}
