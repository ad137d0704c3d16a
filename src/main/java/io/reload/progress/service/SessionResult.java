package io.reload.progress.service;

import java.io.Serializable;
import java.util.List;

/** What saving a session did: the plan's decisions in words, and whether staff were alerted. */
public record SessionResult(long sessionId, List<String> whatHappened, boolean redFlag, boolean emergency) implements Serializable {
}
