-- What the therapist found in a screen, under the five headings of clinical-rules.md section 2,
-- and the outcome: no plan needed, or a recovery plan to assign. One row per screen; recording
-- again updates it (version guards against two editors overwriting each other).
CREATE TABLE screen_findings (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    screen_id         BIGINT        NOT NULL,
    ergonomics        VARCHAR(2000),
    posture           VARCHAR(2000),
    muscle_tone       VARCHAR(2000),
    muscle_weaknesses VARCHAR(2000),
    movement_patterns VARCHAR(2000),
    outcome           VARCHAR(16)   NOT NULL,
    recorded_by_id    BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_screen_findings_screen FOREIGN KEY (screen_id) REFERENCES screens (id),
    CONSTRAINT fk_screen_findings_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES accounts (id),
    CONSTRAINT uk_screen_findings_screen UNIQUE (screen_id),
    CONSTRAINT ck_screen_findings_outcome CHECK (outcome IN ('NO_PLAN_NEEDED', 'PLAN_NEEDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
