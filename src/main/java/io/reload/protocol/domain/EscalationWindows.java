package io.reload.protocol.domain;

import java.io.Serializable;

/**
 * How far back the escalation flags look (clinical-rules 4), as a template sets them: the
 * persistent-pain window in days (no improvement) and the worsening window in hours.
 */
public record EscalationWindows(int persistentPainDays, int worseningAfterHours) implements Serializable {}
