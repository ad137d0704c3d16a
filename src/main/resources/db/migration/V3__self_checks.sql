-- The self-check before booking (clinical-rules 1). Anyone may run one without an account;
-- the token (a random UUID) is what travels in URLs. client_id is set when a client books
-- with the check.
CREATE TABLE self_checks (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token      VARCHAR(36)   NOT NULL,
    answers    VARCHAR(1000) NOT NULL,
    outcome    VARCHAR(20)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    client_id  BIGINT        NULL,
    CONSTRAINT uk_self_checks_token UNIQUE (token),
    CONSTRAINT ck_self_checks_outcome CHECK (outcome IN ('NORMAL_SORENESS', 'WARNING', 'RED_FLAG', 'EMERGENCY')),
    CONSTRAINT fk_self_checks_client FOREIGN KEY (client_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Staff's start page: the emergencies of the last days, newest first.
CREATE INDEX ix_self_checks_outcome_created ON self_checks (outcome, created_at);
