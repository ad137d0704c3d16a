package io.reload.shared.domain;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import java.time.Clock;

/**
 * Stamps a new row's {@code created_at} from the one clock (see {@link ClockProducer}) rather
 * than the system's. The clock is looked up in CDI when a row is stamped: Hibernate inside
 * Payara does not inject entity listeners (a field {@code @Inject} stayed null at start-up).
 */
public class CreationStamp {

    @PrePersist
    void stamp(BaseEntity entity) {
        entity.stampCreation(CDI.current().select(Clock.class).get().instant());
    }
}
