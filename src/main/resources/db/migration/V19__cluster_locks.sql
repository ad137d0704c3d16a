-- Work that one node of a cluster does alone, decided in the database every node shares
-- (shared.persistence.ClusterLocks). Start-up work keeps its row locked while it runs, so a
-- node starting at the same moment waits and then finds it done; a scheduled job takes its
-- row's turn until held_until, so one node runs each round.
CREATE TABLE cluster_locks (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    held_by     VARCHAR(200) NULL,
    held_until  DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO cluster_locks (name) VALUES ('start-up'), ('reminders'), ('trend-refresh'), ('plan-catch-up');
