package io.reload.trends.domain;

import io.reload.protocol.domain.EscalationWindows;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a client's trend is worked out from: their plan's phase and rules, the sessions
 * logged on it (oldest first), the days the plan moved back, and signs from the self-check and
 * the screens.
 */
public record ClientHistory(
        LocalDate planStartsOn,
        LocalDate phaseStartedOn,
        EscalationWindows escalation,
        List<PainLog> logs,
        List<LocalDate> movedBackOn,
        boolean emergencySelfCheck,
        boolean missedScreen) {

    public ClientHistory {
        logs = List.copyOf(logs);
        movedBackOn = List.copyOf(movedBackOn);
    }
}
