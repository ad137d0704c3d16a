-- Booking rules, set by staff on the clinic settings page.
ALTER TABLE clinic_settings ADD COLUMN slot_minutes INT NOT NULL DEFAULT 45;
ALTER TABLE clinic_settings ADD COLUMN buffer_minutes INT NOT NULL DEFAULT 15;
ALTER TABLE clinic_settings ADD COLUMN min_notice_minutes INT NOT NULL DEFAULT 120;
ALTER TABLE clinic_settings ADD COLUMN horizon_days INT NOT NULL DEFAULT 28;
ALTER TABLE clinic_settings ADD COLUMN cancel_cutoff_hours INT NOT NULL DEFAULT 24;

-- A therapist's working hours on one weekday (ISO: 1 = Monday .. 7 = Sunday), clinic time.
CREATE TABLE working_hours (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    therapist_id BIGINT      NOT NULL,
    day_of_week  INT         NOT NULL,
    starts_at    TIME        NOT NULL,
    ends_at      TIME        NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_working_hours_therapist FOREIGN KEY (therapist_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT uk_working_hours_day UNIQUE (therapist_id, day_of_week),
    CONSTRAINT ck_working_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_working_hours_order CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Days a therapist does not work (inclusive range of clinic dates).
CREATE TABLE time_off (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    therapist_id BIGINT       NOT NULL,
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    note         VARCHAR(200),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_time_off_therapist FOREIGN KEY (therapist_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT ck_time_off_order CHECK (first_day <= last_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_time_off_therapist ON time_off (therapist_id, last_day);

-- Free injury screens. slot_start equals start_at while the screen holds its slot and is
-- NULL once cancelled: the unique key then guarantees one screen per therapist and start
-- instant, while a cancelled slot can be booked again.
CREATE TABLE screens (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT      NOT NULL,
    therapist_id     BIGINT      NOT NULL,
    booked_by_id     BIGINT      NOT NULL,
    start_at         DATETIME(6) NOT NULL,
    end_at           DATETIME(6) NOT NULL,
    slot_start       DATETIME(6),
    status           VARCHAR(16) NOT NULL,
    urgency          VARCHAR(16) NOT NULL,
    self_check_id    BIGINT,
    sequence_no      INT         NOT NULL DEFAULT 0,
    reminder_sent_at DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_screens_client FOREIGN KEY (client_id) REFERENCES accounts (id),
    CONSTRAINT fk_screens_therapist FOREIGN KEY (therapist_id) REFERENCES accounts (id),
    CONSTRAINT fk_screens_booked_by FOREIGN KEY (booked_by_id) REFERENCES accounts (id),
    CONSTRAINT uk_screens_therapist_slot UNIQUE (therapist_id, slot_start),
    CONSTRAINT ck_screens_status CHECK (status IN ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
    CONSTRAINT ck_screens_urgency CHECK (urgency IN ('ROUTINE', 'ATTENTION', 'URGENT')),
    CONSTRAINT ck_screens_order CHECK (start_at < end_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_screens_therapist_start ON screens (therapist_id, start_at);
CREATE INDEX ix_screens_client_start ON screens (client_id, start_at);
CREATE INDEX ix_screens_reminder ON screens (status, start_at, reminder_sent_at);
