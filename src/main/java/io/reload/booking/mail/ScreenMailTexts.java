package io.reload.booking.mail;

import io.reload.booking.domain.CalendarInvite;
import io.reload.shared.mail.OutgoingMail;
import io.reload.shared.text.RecipientLanguage;
import io.reload.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The words of the mails about a screen (confirmation, new time, cancellation, reminder) and of
 * their calendar invitation, in the client's language; the service decides when they go out.
 */
@ApplicationScoped
public class ScreenMailTexts {

    /** Which mail: each has its own subject and body in the bundle (mail.booked.subject ...). */
    public enum Kind {
        BOOKED,
        RESCHEDULED,
        CANCELLED,
        REMINDER
    }

    @Inject
    RecipientLanguage languages;

    /** For CDI. */
    protected ScreenMailTexts() {}

    public ScreenMailTexts(RecipientLanguage languages) {
        this.languages = languages;
    }

    public OutgoingMail compose(Kind kind, ScreenMailFacts screen) {
        Locale locale = languages.of(screen.clientLanguage());
        String when = Texts.formatDate(locale, "format.dayTime", screen.start());
        String key = kind.name().toLowerCase(Locale.ROOT);
        Object[] facts = {
            screen.clientName(),
            when,
            screen.therapistName(),
            screen.clinicName(),
            screen.start().getZone().getId()
        };
        CalendarInvite invite = CalendarInvite.builder()
                .uid("screen-" + screen.screenId() + "@reload")
                .sequence(screen.sequence())
                .method(kind == Kind.CANCELLED ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST)
                .start(screen.start().toInstant())
                .end(screen.end().toInstant())
                .zone(screen.start().getZone())
                .summary(Texts.format(locale, "mail.invite.summary", screen.clinicName()))
                .location(screen.clinicName())
                .description(Texts.format(locale, "mail.invite.description", screen.therapistName()))
                .organizerEmail(screen.organizerEmail())
                .attendeeEmail(screen.clientEmail())
                .stamp(screen.sentAt())
                .build();
        return OutgoingMail.to(screen.clientEmail(), screen.clientName())
                .subject(Texts.format(locale, "mail." + key + ".subject", facts))
                .body(Texts.format(locale, "mail." + key + ".body", facts))
                .language(locale.toLanguageTag())
                .attach(CalendarInvite.FILE_NAME, invite.contentType(), invite.toBytes())
                .build();
    }
}
