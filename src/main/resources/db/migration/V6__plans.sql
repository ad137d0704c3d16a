-- Assigned recovery plans (clinical-rules 3-4). A plan runs on its own copy of the template it
-- was assigned from (plan_copy = TRUE), so editing a template never changes a plan under way.
ALTER TABLE protocol_templates ADD COLUMN plan_copy BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_templates_owner ON protocol_templates (owner_id, plan_copy);

-- Where the client stands: phase (0-based index into the copy's phases) and since when,
-- bodyweight hinges after a strain until fallback_until, and the day up to which the
-- calendar rules (a phase without a gate ends after its nominal days) have run.
CREATE TABLE plans (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id         BIGINT        NOT NULL,
    therapist_id      BIGINT        NOT NULL,
    template_id       BIGINT        NOT NULL,
    screen_id         BIGINT,
    starts_on         DATE          NOT NULL,
    one_rep_max_kg    DECIMAL(7, 2) NOT NULL,
    body_weight_kg    DECIMAL(6, 2) NOT NULL,
    weight_unit       VARCHAR(2)    NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    phase_index       INT           NOT NULL,
    phase_started_on  DATE          NOT NULL,
    fallback_until    DATE,
    evaluated_through DATE          NOT NULL,
    ended_at          DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plans_client FOREIGN KEY (client_id) REFERENCES accounts (id),
    CONSTRAINT fk_plans_therapist FOREIGN KEY (therapist_id) REFERENCES accounts (id),
    CONSTRAINT fk_plans_template FOREIGN KEY (template_id) REFERENCES protocol_templates (id),
    CONSTRAINT fk_plans_screen FOREIGN KEY (screen_id) REFERENCES screens (id),
    CONSTRAINT ck_plans_unit CHECK (weight_unit IN ('KG', 'LB')),
    CONSTRAINT ck_plans_status CHECK (status IN ('ACTIVE', 'ENDED')),
    CONSTRAINT ck_plans_one_rep_max CHECK (one_rep_max_kg > 0),
    CONSTRAINT ck_plans_body_weight CHECK (body_weight_kg > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_plans_client ON plans (client_id, status);
CREATE INDEX ix_plans_therapist ON plans (therapist_id, status);

-- Each lift's working load (kg), moved by the engine and by therapists.
CREATE TABLE plan_loads (
    plan_id  BIGINT        NOT NULL,
    lift_key VARCHAR(40)   NOT NULL,
    load_kg  DECIMAL(7, 2) NOT NULL,
    PRIMARY KEY (plan_id, lift_key),
    CONSTRAINT fk_plan_loads_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Gate tests passed in the current phase (cleared when the phase changes).
CREATE TABLE plan_gate_passes (
    plan_id      BIGINT NOT NULL,
    gate_test_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, gate_test_id),
    CONSTRAINT fk_plan_gate_passes_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_gate_passes_test FOREIGN KEY (gate_test_id) REFERENCES protocol_gate_tests (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Everything that happened to a plan, with the numbers behind it. actor_id NULL: the rules did it.
CREATE TABLE plan_events (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    effective_on DATE          NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    details      VARCHAR(1000) NOT NULL,
    phase_before INT           NOT NULL,
    phase_after  INT           NOT NULL,
    actor_id     BIGINT,
    reason       VARCHAR(500),
    session_id   BIGINT,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_plan_events_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_events_actor FOREIGN KEY (actor_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_plan_events_plan ON plan_events (plan_id, id);
CREATE INDEX ix_plan_events_kind ON plan_events (kind, effective_on);
