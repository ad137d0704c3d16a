package io.reload.shared.domain;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;

import java.time.Clock;

/**
 * Stamps a new row's {@code created_at} from the one clock (see {@link ClockProducer}) rather
 * than the system's: the persistence provider injects entity listeners through CDI.
 */
public class CreationStamp {

    @Inject
    Clock clock;

    @PrePersist
    void stamp(BaseEntity entity) {
        entity.stampCreation(clock.instant());
    }
}
