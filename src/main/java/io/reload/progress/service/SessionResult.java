package io.reload.progress.service;

import io.reload.protocol.service.EventFacts;
import java.io.Serializable;
import java.util.List;

/** What saving a session did: the plan's decisions, and whether staff were alerted. */
public record SessionResult(long sessionId, List<EventFacts> whatHappened, boolean redFlag, boolean emergency)
        implements Serializable {}
