-- The staff dashboard's summary (journey 5): one row per client with an active plan, worked out
-- from their plan, sessions, self-checks and screens whenever one of those changes, and again
-- each new clinic day (7-day and 14-day figures move with the calendar). Sorting, filtering and
-- paging 10,000 clients then reads one small table instead of a million pain entries.
CREATE TABLE client_trends (
    client_id            BIGINT       NOT NULL PRIMARY KEY,
    plan_id              BIGINT       NOT NULL,
    therapist_id         BIGINT       NOT NULL,
    client_name          VARCHAR(120) NOT NULL,
    therapist_name       VARCHAR(120) NOT NULL,
    phase_position       INT          NOT NULL,
    phase_name           VARCHAR(120) NOT NULL,
    phase_started_on     DATE         NOT NULL,
    last_pain            INT,
    last_logged_on       DATE,
    change_7d            INT,
    sessions_14d         INT          NOT NULL,
    expected_14d         INT          NOT NULL,
    adherence            INT          NOT NULL,
    flag_moved_back      BOOLEAN      NOT NULL,
    flag_worse_72h       BOOLEAN      NOT NULL,
    flag_no_improvement  BOOLEAN      NOT NULL,
    flag_red_flag        BOOLEAN      NOT NULL,
    flag_emergency       BOOLEAN      NOT NULL,
    flag_missed_screen   BOOLEAN      NOT NULL,
    flag_count           INT          NOT NULL,
    sparkline            VARCHAR(60)  NOT NULL,
    computed_on          DATE         NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_client_trends_client FOREIGN KEY (client_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_client_trends_therapist FOREIGN KEY (therapist_id) REFERENCES accounts (id),
    CONSTRAINT fk_client_trends_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_client_trends_flagged ON client_trends (flag_count, client_name);
CREATE INDEX ix_client_trends_therapist ON client_trends (therapist_id, flag_count, client_name);
CREATE INDEX ix_client_trends_name ON client_trends (client_name);
CREATE INDEX ix_client_trends_last_pain ON client_trends (last_pain, client_name);
CREATE INDEX ix_client_trends_change ON client_trends (change_7d, client_name);
CREATE INDEX ix_client_trends_computed ON client_trends (computed_on);

-- Every view of a client's health data by someone other than that client (who, which client,
-- what, when in UTC). Rows are only ever added.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    viewer_email VARCHAR(254) NOT NULL,
    client_id    BIGINT,
    client_name  VARCHAR(120),
    what         VARCHAR(200) NOT NULL,
    viewed_at    DATETIME(6)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_audit_log_viewed ON audit_log (viewed_at);
CREATE INDEX ix_audit_log_client ON audit_log (client_id, viewed_at);
CREATE INDEX ix_audit_log_viewer ON audit_log (viewer_email, viewed_at);
