package io.reload.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A gate test passed in a session, with its wording at the time. */
@Embeddable
public class GatePass {

    @Column(name = "gate_test_id", nullable = false)
    private long gateTestId;

    @Column(nullable = false, length = 300)
    private String description;

    protected GatePass() {
        // for JPA
    }

    GatePass(long gateTestId, String description) {
        this.gateTestId = gateTestId;
        this.description = description;
    }

    public long getGateTestId() {
        return gateTestId;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatePass pass && pass.gateTestId == gateTestId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(gateTestId);
    }
}
