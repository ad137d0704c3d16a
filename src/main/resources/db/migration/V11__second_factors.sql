-- A second factor at sign-in: a TOTP secret per account (RFC 6238), stored once the person
-- confirmed it with a code from their app, with the last time step used so no code is accepted twice;
-- and ten single-use recovery codes, kept only as SHA-256 hashes. Staff resetting a
-- colleague's second factor deletes the row (and its recovery codes).
CREATE TABLE second_factors (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    secret          VARCHAR(64)  NOT NULL,
    confirmed_at    DATETIME(6)  NOT NULL,
    last_used_step  BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_second_factors_account UNIQUE (account_id),
    CONSTRAINT fk_second_factors_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE recovery_codes (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    second_factor_id  BIGINT       NOT NULL,
    code_hash         VARCHAR(64)  NOT NULL,
    used_at           DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_recovery_codes_second_factor FOREIGN KEY (second_factor_id) REFERENCES second_factors (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
