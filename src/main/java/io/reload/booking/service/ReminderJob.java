package io.reload.booking.service;

import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.clinic.service.ClinicService;
import io.reload.shared.mail.MailNotSentException;
import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.ClusterRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends each client a reminder 24 hours before their screen, once: the screen's row
 * records the reminder in the same transaction as the mail goes out, and the claim only
 * succeeds while none is recorded, so neither a restart nor a second node sends it again.
 * A mail that fails rolls its claim back and is tried again at the next run. The claim is
 * committed only after the mail server accepted the mail: a crash between the two sends that
 * reminder again at the next run (at most twice, never not at all). With several nodes, one
 * takes each run ({@link ClusterRounds}).
 *
 * <p>Runs every five minutes ({@code reminders.every}, REMINDERS_EVERY in the environment, an
 * ISO-8601 duration: the cluster test runs it every few seconds), on the clock's multiples of
 * that, so all nodes' rounds fall at the same moments, as a calendar schedule's would.
 */
@Singleton
@Startup
@PermitAll
public class ReminderJob {

    static final Duration AHEAD = Duration.ofHours(24);

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
    ClusterRounds rounds;

    @Inject
    @ConfigProperty(name = "reminders.every", defaultValue = "PT5M")
    Duration every;

    @Resource
    SessionContext self;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleRounds() {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("reminders.every must be a positive duration, was " + every);
        }
        long period = every.toMillis();
        long untilNextMultiple = period - clock.millis() % period;
        // not persistent: a round missed while no node ran is caught up by the next one
        timers.createIntervalTimer(untilNextMultiple, period, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void round() {
        rounds.runInTurn(ClusterLocks.REMINDERS, turn(), () -> sendDueReminders(clock.instant()));
    }

    /** A round's turn ends before the next round: four fifths of the way there. */
    private Duration turn() {
        return every.multipliedBy(4).dividedBy(5);
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
