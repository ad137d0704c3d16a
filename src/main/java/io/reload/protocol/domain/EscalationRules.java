package io.reload.protocol.domain;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When to escalate to a professional (clinical-rules 4), from the pain log and what the client
 * reported. Pain here is the pain after a session, the latest level the client felt.
 *
 * <ul>
 *   <li>No improvement: the latest pain is above zero and not lower than the pain logged at
 *       least the persistent-pain window (14 days) before it.</li>
 *   <li>Worse after 72 hours: the latest pain is higher than the pain logged at least 72 hours
 *       before it.</li>
 *   <li>Red-flag symptom and daily activities hard: as reported.</li>
 * </ul>
 */
public final class EscalationRules {

    private EscalationRules() {}

    public static Set<EscalationFlag> flags(
            List<PainEntry> log, EscalationWindows windows, boolean redFlagReported, boolean dailyActivitiesHard) {
        Set<EscalationFlag> flags = EnumSet.noneOf(EscalationFlag.class);
        List<PainEntry> entries =
                log.stream().sorted(Comparator.comparing(PainEntry::at)).toList();
        if (!entries.isEmpty()) {
            PainEntry latest = entries.get(entries.size() - 1);
            entryAtLeastBefore(entries, latest, Duration.ofDays(windows.persistentPainDays()))
                    .filter(baseline -> latest.after() > 0 && latest.after() >= baseline.after())
                    .ifPresent(baseline -> flags.add(EscalationFlag.NO_IMPROVEMENT));
            entryAtLeastBefore(entries, latest, Duration.ofHours(windows.worseningAfterHours()))
                    .filter(baseline -> latest.after() > baseline.after())
                    .ifPresent(baseline -> flags.add(EscalationFlag.WORSE_AFTER_72_HOURS));
        }
        if (redFlagReported) {
            flags.add(EscalationFlag.RED_FLAG_SYMPTOM);
        }
        if (dailyActivitiesHard) {
            flags.add(EscalationFlag.DAILY_ACTIVITIES_HARD);
        }
        return flags;
    }

    /** The latest entry logged at least this long before the given one. */
    private static Optional<PainEntry> entryAtLeastBefore(List<PainEntry> entries, PainEntry latest, Duration gap) {
        return entries.stream()
                .filter(entry -> !entry.at().isAfter(latest.at().minus(gap)))
                .reduce((first, second) -> second);
    }
}
