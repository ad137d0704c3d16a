-- The earlier values of a corrected record (a session's pain and note, a screen's findings):
-- which field, before and after, who changed it, when (UTC). The record keeps only its latest
-- values; this table keeps what it said before. Rows are only ever added.
CREATE TABLE amendments (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_kind   VARCHAR(24)   NOT NULL,
    record_id     BIGINT        NOT NULL,
    field         VARCHAR(60)   NOT NULL,
    before_value  VARCHAR(2000),
    after_value   VARCHAR(2000),
    amended_by    VARCHAR(254)  NOT NULL,
    amended_at    DATETIME(6)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_amendments_record ON amendments (record_kind, record_id, amended_at);
