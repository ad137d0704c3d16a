-- Staff acknowledge the Clinic overview's alerts (an emergency self-check, a red-flag symptom
-- logged with a session, a missed screen): who and when (UTC). One row per alert, so an
-- alert is acknowledged once; the alert itself stays in its own table.
CREATE TABLE alert_acknowledgements (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alert_kind          VARCHAR(24)  NOT NULL,
    source_id           BIGINT       NOT NULL,
    acknowledged_by_id  BIGINT       NOT NULL,
    acknowledged_at     DATETIME(6)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_alert_acknowledgements UNIQUE (alert_kind, source_id),
    CONSTRAINT fk_alert_acknowledgements_by FOREIGN KEY (acknowledged_by_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_alert_acknowledgements_at ON alert_acknowledgements (acknowledged_at);
