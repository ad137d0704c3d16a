package io.reload.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of {@code cluster_locks}: a piece of work one node does at a time. Only locked and
 * updated in the database ({@link ClusterLocks}), never read field by field.
 */
@Entity
@Table(name = "cluster_locks")
public class ClusterLock {

    @Id
    private String name;

    @Column(name = "held_by")
    private String heldBy;

    @Column(name = "held_until")
    private Instant heldUntil;

    protected ClusterLock() {}
}
