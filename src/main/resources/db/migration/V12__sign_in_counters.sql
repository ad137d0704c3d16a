-- Sign-in attempts per key (an email, or a client's address) in the current window, shared by
-- every server and kept across restarts. A row is locked while an attempt is counted, so two
-- servers cannot both let the eleventh guess in.
CREATE TABLE sign_in_counters (
    throttle_key       VARCHAR(300) NOT NULL PRIMARY KEY,
    attempts           INT          NOT NULL,
    window_started_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
