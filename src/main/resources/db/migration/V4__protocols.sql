-- Recovery protocols: templates of ordered phases with prescriptions and gate tests.
-- The template without owner is the clinic's default protocol for low-back pain after deadlifting
-- (clinical-rules.md section 3); therapists edit copies of it, never it.

CREATE TABLE protocol_templates (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(120)  NOT NULL,
    description           VARCHAR(1000),
    owner_id              BIGINT,
    copied_from_id        BIGINT,
    regression_pain_rise  INT           NOT NULL,
    load_step_percent     DECIMAL(5, 2) NOT NULL,
    loadable_step_kg      DECIMAL(6, 2) NOT NULL,
    loadable_step_lb      DECIMAL(6, 2) NOT NULL,
    persistent_pain_days  INT           NOT NULL,
    worsening_after_hours INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_templates_owner FOREIGN KEY (owner_id) REFERENCES accounts (id),
    CONSTRAINT fk_templates_copied_from FOREIGN KEY (copied_from_id) REFERENCES protocol_templates (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- nominal_days NULL: the phase has no end (maintenance)
CREATE TABLE protocol_phases (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    purpose      VARCHAR(1000),
    nominal_days INT,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_phases_template FOREIGN KEY (template_id) REFERENCES protocol_templates (id) ON DELETE CASCADE,
    CONSTRAINT uk_phases_position UNIQUE (template_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One thing to do or follow. Every number is optional; which ones apply depends on the kind.
-- Days and weeks count from the start of the phase (day 1, week 1).
CREATE TABLE protocol_prescriptions (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phase_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    instruction       VARCHAR(1000),
    lift_key          VARCHAR(40),
    sets_count        INT,
    reps              INT,
    per_side          BOOLEAN       NOT NULL DEFAULT FALSE,
    min_minutes       INT,
    max_minutes       INT,
    times_per_day     INT,
    times_per_week    INT,
    every_min_hours   INT,
    every_max_hours   INT,
    for_min_days      INT,
    for_max_days      INT,
    min_percent_1rm   DECIMAL(5, 2),
    max_percent_1rm   DECIMAL(5, 2),
    min_per_kg        DECIMAL(6, 2),
    max_per_kg        DECIMAL(6, 2),
    first_day         INT,
    last_day          INT,
    first_week        INT,
    last_week         INT,
    strain_fallback   BOOLEAN       NOT NULL DEFAULT FALSE,
    optional_item     BOOLEAN       NOT NULL DEFAULT FALSE,
    notes             VARCHAR(1000),
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_prescriptions_phase FOREIGN KEY (phase_id) REFERENCES protocol_phases (id) ON DELETE CASCADE,
    CONSTRAINT uk_prescriptions_position UNIQUE (phase_id, position),
    CONSTRAINT ck_prescriptions_kind CHECK (kind IN ('EXERCISE', 'LIFT', 'INSTRUCTION', 'WATER', 'PROTEIN', 'WARMUP', 'TECHNIQUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE protocol_gate_tests (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phase_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    description VARCHAR(300) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_gate_tests_phase FOREIGN KEY (phase_id) REFERENCES protocol_phases (id) ON DELETE CASCADE,
    CONSTRAINT uk_gate_tests_position UNIQUE (phase_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- ===== The default protocol =====
INSERT INTO protocol_templates (name, description, owner_id, copied_from_id, regression_pain_rise, load_step_percent,
                                loadable_step_kg, loadable_step_lb, persistent_pain_days, worsening_after_hours, created_at, version)
VALUES ('Low-back pain after deadlifting', 'The clinic''s default recovery protocol: calm it down, active recovery, rebuild movement, re-pattern the hinge, reload, stay healthy.',
        NULL, NULL, 2, 5.00, 2.50, 5.00, 14, 72, '2026-01-01 00:00:00', 0);

INSERT INTO protocol_phases (template_id, position, name, purpose, nominal_days, created_at) VALUES
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 1, 'Calm it down', 'The first 72 hours: let the irritated tissue settle.', 3, '2026-01-01 00:00:00'),
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 2, 'Active recovery', 'From about hour 48: gentle movement and what the body needs to repair.', 2, '2026-01-01 00:00:00'),
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 3, 'Rebuild movement', 'Week 1: mobility first, then core stability. Leave it only when all four checks pass.', 7, '2026-01-01 00:00:00'),
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 4, 'Re-pattern the hinge', 'Weeks 2 to 4: learn the hip hinge again, then load it lightly.', 21, '2026-01-01 00:00:00'),
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 5, 'Reload', 'Eight weeks back to the full deadlift, at a share of your pre-injury one-rep max.', 56, '2026-01-01 00:00:00'),
((SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL), 6, 'Stay healthy', 'Warm up before every lift and keep the technique checkpoints.', NULL, '2026-01-01 00:00:00');

INSERT INTO protocol_prescriptions (phase_id, position, kind, name, instruction, lift_key, sets_count, reps, per_side,
    min_minutes, max_minutes, times_per_day, times_per_week, every_min_hours, every_max_hours, for_min_days, for_max_days,
    min_percent_1rm, max_percent_1rm, min_per_kg, max_per_kg, first_day, last_day, first_week, last_week, strain_fallback, optional_item, notes, created_at) VALUES
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 1), 1, 'INSTRUCTION', 'No deadlifts, no heavy loading of the spine', 'Rest the back from heavy lifting completely, without exception.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, NULL, NULL, FALSE, FALSE, 'For the first 24 to 48 hours.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 1), 2, 'INSTRUCTION', 'Ice the sore area', 'Wrap the ice in a cloth: never put it directly on the skin.', NULL, NULL, NULL, FALSE,
    15, 20, NULL, NULL, 2, 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 1), 3, 'INSTRUCTION', 'Light compression', 'Wear an elastic lumbar brace.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 1), 4, 'INSTRUCTION', 'Anti-inflammatory (optional)', 'Only if your therapist agrees and you have no stomach problems: an over-the-counter anti-inflammatory, within the first 72 hours only.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, NULL, NULL, FALSE, TRUE, 'Your therapist''s advice applies; this portal never works out a drug dose.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 2), 1, 'EXERCISE', 'Walk on flat ground', NULL, NULL, NULL, NULL, FALSE,
    10, 15, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 2), 2, 'EXERCISE', 'Cat-cow', 'Slowly, through a range that does not hurt.', NULL, 2, 10, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 2), 3, 'EXERCISE', 'Diaphragmatic breathing in child''s pose', 'Breathe into your belly and lower back.', NULL, NULL, NULL, FALSE,
    5, 5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 2), 4, 'WATER', 'Water', 'Spread it over the day.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 35, 40, NULL, NULL, NULL, NULL, FALSE, FALSE, 'Millilitres per kilogram of body weight per day.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 2), 5, 'PROTEIN', 'Protein', 'Spread it over your meals.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1.6, 2.2, NULL, NULL, NULL, NULL, FALSE, FALSE, 'Grams per kilogram of body weight per day.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 1, 'EXERCISE', 'Cat-cow', 'Gentle mobility only.', NULL, NULL, NULL, FALSE,
    NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 2, 'EXERCISE', 'Walking', 'In total over the day.', NULL, NULL, NULL, FALSE,
    20, 30, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 3, 'EXERCISE', 'Bird-dog', 'Keep the back still while arm and leg reach.', NULL, 3, 8, TRUE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 4, 'EXERCISE', 'Dead bug', 'Your lower back stays on the floor throughout.', NULL, 3, 10, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 4), 1, 'EXERCISE', 'Hip hinge with a dowel along the spine', 'No weight: head, upper back and tailbone keep touching the dowel.', NULL, 3, 15, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 4), 2, 'LIFT', 'Kettlebell Romanian deadlift from blocks', NULL, 'kb-rdl-blocks', NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 20, 30, NULL, NULL, NULL, NULL, 2, 3, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 1, 'LIFT', 'Kettlebell deadlift from blocks', NULL, 'kb-deadlift-blocks', 4, 8, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 20, 30, NULL, NULL, NULL, NULL, 1, 2, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 2, 'LIFT', 'Rack pull from knee height', NULL, 'rack-pull-knee', 4, 6, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 40, 50, NULL, NULL, NULL, NULL, 3, 4, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 3, 'LIFT', 'Rack pull from mid-shin', NULL, 'rack-pull-mid-shin', 5, 5, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 60, 60, NULL, NULL, NULL, NULL, 5, 6, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 4, 'LIFT', 'Deadlift', 'The full lift from the floor.', 'deadlift', 5, 3, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 70, 70, NULL, NULL, NULL, NULL, 7, 8, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 5, 'EXERCISE', 'Barbell hip thrust', NULL, NULL, 4, 8, FALSE,
    NULL, NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, 'Accessory.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 6, 'EXERCISE', 'Pallof press', NULL, NULL, 3, 12, TRUE,
    NULL, NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, 'Accessory.', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 5), 7, 'EXERCISE', 'Bodyweight hip hinges', 'Instead of the loaded lift, for another week, after your back strained.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, 7, 7, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, TRUE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 1, 'WARMUP', 'Warm-up before every lift', NULL, NULL, NULL, NULL, FALSE,
    5, 10, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 2, 'WARMUP', 'Rowing', NULL, NULL, NULL, NULL, FALSE,
    3, 4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 3, 'WARMUP', 'Leg swings, to the front', NULL, NULL, 1, 15, TRUE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 4, 'WARMUP', 'Leg swings, to the side', NULL, NULL, 1, 15, TRUE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 5, 'WARMUP', 'World''s greatest stretch', NULL, NULL, 1, 5, TRUE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 6, 'WARMUP', 'Ankle pumps', NULL, NULL, 1, 20, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 7, 'TECHNIQUE', 'Bar over mid-foot', 'Shins 1 to 2 inches from the bar.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 8, 'TECHNIQUE', 'Brace all around', 'A 360-degree brace before the bar leaves the floor.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 9, 'TECHNIQUE', 'Push the floor away', NULL, NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 10, 'TECHNIQUE', 'Lock out hips and knees together', 'No leaning back past upright at the top.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 6), 11, 'TECHNIQUE', 'Hips first on the way down', 'Bend the knees only once the bar has passed them.', NULL, NULL, NULL, FALSE,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '2026-01-01 00:00:00');

INSERT INTO protocol_gate_tests (phase_id, position, description, created_at) VALUES
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 1, '15 bodyweight hip hinges, pain-free, with a neutral spine', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 2, 'A 60-second plank without the hips sagging', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 3, 'A single-leg Romanian deadlift with steady balance, no wobble', '2026-01-01 00:00:00'),
((SELECT p.id FROM protocol_phases p WHERE p.template_id = (SELECT t.id FROM protocol_templates t WHERE t.owner_id IS NULL) AND p.position = 3), 4, 'No pain in daily tasks, such as lifting a laundry basket', '2026-01-01 00:00:00');
