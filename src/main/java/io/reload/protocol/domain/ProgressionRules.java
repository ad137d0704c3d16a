package io.reload.protocol.domain;

import java.math.BigDecimal;

/**
 * The numbers that move a client, as a template sets them (clinical-rules section 4):
 * a pain rise that sends the client back, the load step after a clean session, and the
 * days and hours behind the escalation flags.
 */
public record ProgressionRules(
        int regressionPainRise, BigDecimal loadStepPercent, int persistentPainDays, int worseningAfterHours) {

    public EscalationWindows escalation() {
        return new EscalationWindows(persistentPainDays, worseningAfterHours);
    }
}
