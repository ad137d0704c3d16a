-- Staff switch accounts off and on again: an account that is not active cannot sign in.
-- session_version goes up whenever the account's password changes or it is switched off. A
-- session remembers the number it signed in under and ends on its next request once the
-- account's number differs (checked against this table, so it holds on every node).
ALTER TABLE accounts ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE accounts ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0;

-- "Forgot your password?" links: only the SHA-256 of the token in the link is kept, so
-- someone who reads this table cannot use a link. Each works once, until expires_at (UTC).
CREATE TABLE password_resets (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_password_resets_token UNIQUE (token_hash),
    CONSTRAINT fk_password_resets_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
