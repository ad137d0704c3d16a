-- The clinic's settings: exactly one row.
CREATE TABLE clinic_settings (
    id          BIGINT       NOT NULL PRIMARY KEY,
    clinic_name VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO clinic_settings (id, clinic_name, time_zone, created_at, version)
VALUES (1, 'Reload Physical Therapy', 'Europe/London', '2026-01-01 00:00:00', 0);

-- Everyone who signs in. The role is the account's only security group.
CREATE TABLE accounts (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    phone         VARCHAR(40),
    role          VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_accounts_email UNIQUE (email),
    CONSTRAINT ck_accounts_role CHECK (role IN ('CLIENT', 'THERAPIST', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
