-- Sessions a client logs (journey 3): pain before and after on the 0-10 scale, what they did
-- of each prescription, gate tests passed, new symptoms. The phase at the time is kept with the
-- log, so charts can show it as a band behind the pain lines.
CREATE TABLE session_logs (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id             BIGINT        NOT NULL,
    plan_id               BIGINT        NOT NULL,
    session_day           DATE          NOT NULL,
    logged_at             DATETIME(6)   NOT NULL,
    pain_before           INT           NOT NULL,
    pain_after            INT           NOT NULL,
    phase_position        INT           NOT NULL,
    phase_name            VARCHAR(120)  NOT NULL,
    symptoms              VARCHAR(400),
    red_flag              BOOLEAN       NOT NULL DEFAULT FALSE,
    daily_activities_hard BOOLEAN       NOT NULL DEFAULT FALSE,
    note                  VARCHAR(1000),
    edited_at             DATETIME(6),
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_logs_client FOREIGN KEY (client_id) REFERENCES accounts (id),
    CONSTRAINT fk_session_logs_plan FOREIGN KEY (plan_id) REFERENCES plans (id),
    CONSTRAINT ck_session_logs_pain_before CHECK (pain_before BETWEEN 0 AND 10),
    CONSTRAINT ck_session_logs_pain_after CHECK (pain_after BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_session_logs_client_day ON session_logs (client_id, session_day, id);
CREATE INDEX ix_session_logs_plan_day ON session_logs (plan_id, session_day);
CREATE INDEX ix_session_logs_red_flag ON session_logs (red_flag, logged_at);

-- What the client did of each prescription with sets and reps; loads in kg.
CREATE TABLE session_exercises (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id         BIGINT        NOT NULL,
    position           INT           NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    lift_key           VARCHAR(40),
    prescribed_sets    INT,
    prescribed_reps    INT,
    sets_done          INT,
    reps_done          INT,
    load_kg            DECIMAL(7, 2),
    prescribed_load_kg DECIMAL(7, 2),
    all_sets_pain_free BOOLEAN       NOT NULL DEFAULT FALSE,
    good_form          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_session_exercises_session FOREIGN KEY (session_id) REFERENCES session_logs (id) ON DELETE CASCADE,
    CONSTRAINT uk_session_exercises_position UNIQUE (session_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Gate tests the client passed in the session, with their wording at the time.
CREATE TABLE session_gate_results (
    session_id   BIGINT       NOT NULL,
    gate_test_id BIGINT       NOT NULL,
    description  VARCHAR(300) NOT NULL,
    PRIMARY KEY (session_id, gate_test_id),
    CONSTRAINT fk_session_gate_results_session FOREIGN KEY (session_id) REFERENCES session_logs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
