package io.reload.trends.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a therapist's client with an active plan needs their attention on My day, and why:
 * one of the plan's escalation flags (moved back, worse after 72 h, no improvement in 14 days,
 * red-flag symptom, as the trend summary worked them out), or no session logged for
 * {@value #DAYS_WITHOUT_SESSION} days or more.
 *
 * <p>Days without a session are counted in clinic days (dates in the clinic's time zone): from
 * the day of the last logged session, or from the day the plan started while none is logged
 * yet, to today. A session yesterday is 1 day; the plan's first day, with nothing logged, is 0.
 * A plan that starts later has not begun, so it is never "without a session".
 */
public final class AttentionRule {

    public static final int DAYS_WITHOUT_SESSION = 3;

    /** The trend flags that put a client on My day; emergency self-checks and missed screens reach staff instead. */
    static final Set<TrendFlag> THERAPIST_FLAGS = EnumSet.of(
            TrendFlag.MOVED_BACK, TrendFlag.WORSE_AFTER_72_HOURS, TrendFlag.NO_IMPROVEMENT, TrendFlag.RED_FLAG);

    private AttentionRule() {}

    /**
     * @param flags         the client's trend flags
     * @param lastSessionOn the clinic day of the last logged session, null when none is
     * @param planStartsOn  the clinic day the plan started
     * @param today         today in the clinic's time zone
     */
    public static Attention on(LocalDate today, Set<TrendFlag> flags, LocalDate lastSessionOn, LocalDate planStartsOn) {
        List<TrendFlag> reasons =
                flags.stream().filter(THERAPIST_FLAGS::contains).sorted().toList();
        LocalDate since = lastSessionOn != null ? lastSessionOn : planStartsOn;
        long days = Math.max(0, ChronoUnit.DAYS.between(since, today));
        return new Attention(reasons, days, lastSessionOn == null);
    }

    /**
     * The last clinic day whose session (or plan start, with none logged) leaves a client without
     * one for too long today: {@value #DAYS_WITHOUT_SESSION} days before today.
     */
    public static LocalDate lastQuietDay(LocalDate today) {
        return today.minusDays(DAYS_WITHOUT_SESSION);
    }

    /** The outcome: the flags among the reasons (in the order of {@link TrendFlag}), and the days since the last session (or the plan's start). */
    public record Attention(List<TrendFlag> flags, long daysWithoutSession, boolean noSessionYet) {

        public Attention {
            flags = List.copyOf(flags);
        }

        public boolean withoutSessionTooLong() {
            return daysWithoutSession >= DAYS_WITHOUT_SESSION;
        }

        public boolean needed() {
            return !flags.isEmpty() || withoutSessionTooLong();
        }
    }
}
