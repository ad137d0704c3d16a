-- What happened to accounts and access, for staff to read (OWASP ASVS 5.0 V16): sign-ins that
-- succeeded, failed or were throttled, sign-outs, password changes and resets, second factors,
-- accounts created, switched off and on, settings changed, access refused. Whose account, who
-- did it (when someone else: staff), from which address, when (UTC). Rows are only ever added.
CREATE TABLE security_events (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(32)  NOT NULL,
    account_email VARCHAR(254),
    actor_email   VARCHAR(254),
    address       VARCHAR(64),
    detail        VARCHAR(200),
    occurred_at   DATETIME(6)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_security_events_at ON security_events (occurred_at);
CREATE INDEX ix_security_events_account ON security_events (account_email, occurred_at);
CREATE INDEX ix_security_events_kind ON security_events (kind, occurred_at);
