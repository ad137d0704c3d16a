package io.reload.booking.service;

import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.mail.MailNotSentException;
import io.reload.shared.persistence.ClusterLocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each client a reminder 24 hours before their screen, exactly once: the screen's row
 * records the reminder in the same transaction as the mail goes out, and the claim only
 * succeeds while none is recorded, so neither a restart nor a second node sends it again.
 * A mail that fails rolls its claim back and is tried again at the next run. The claim is
 * committed only after the mail server accepted the mail: a crash between the two sends that
 * reminder again at the next run (at most twice, never not at all). With several nodes, one
 * takes each run ({@link ClusterLocks}).
 */
@Singleton
@PermitAll
public class ReminderJob {

    static final Duration AHEAD = Duration.ofHours(24);
    /** A run's turn ends before the next run, five minutes on. */
    static final Duration TURN = Duration.ofMinutes(4);

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    ScheduleRepository schedule;

    @Inject
    ScreenMails mails;

    @Inject
    ClinicService clinic;

    @Inject
    Clock clock;

    @Inject
    ClusterLocks clusterLocks;

    @Resource
    SessionContext self;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFiveMinutes() {
        if (clusterLocks.takeTurn(ClusterLocks.REMINDERS, TURN)) {
            sendDueReminders(clock.instant());
        }
    }

    /** Sends the reminders due at the given moment; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDueReminders(Instant now) {
        int sent = 0;
        for (long screenId : schedule.screensDueForReminder(now, now.plus(AHEAD))) {
            try {
                if (self.getBusinessObject(ReminderJob.class).remind(screenId, now)) {
                    sent++;
                }
            } catch (MailNotSentException failed) {
                LOG.log(Level.WARNING, "Reminder for screen " + screenId + " not sent; will try again", failed);
            }
        }
        return sent;
    }

    /** One screen's reminder in its own transaction: claim it, then send it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long screenId, Instant now) {
        if (!schedule.claimReminder(screenId, now)) {
            return false; // someone else sent it meanwhile
        }
        Screen screen = schedule.screen(screenId).orElseThrow();
        var zone = clinic.profile().getTimeZone();
        mails.sendNow(new ScreenChanged(ScreenChanged.Kind.REMINDER, new ScreenSummary(screen, zone, false)));
        return true;
    }
}
