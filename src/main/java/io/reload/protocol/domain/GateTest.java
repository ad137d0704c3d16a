package io.reload.protocol.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One functional test of a phase's gate, e.g. a 60-second plank without the hips sagging. */
@Entity
@Table(name = "protocol_gate_tests")
public class GateTest extends BaseEntity implements Positioned {

    public static final int MAX_DESCRIPTION = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private ProtocolPhase phase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    protected GateTest() {
        // for JPA
    }

    GateTest(ProtocolPhase phase, int position, String description) {
        this.phase = phase;
        this.position = position;
        this.description = description;
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    @Override public int getPosition() { return position; }
    @Override public void setPosition(int position) { this.position = position; }
    public ProtocolPhase getPhase() { return phase; }
    public String getDescription() { return description; }
}
