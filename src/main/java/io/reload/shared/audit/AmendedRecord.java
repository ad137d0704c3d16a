package io.reload.shared.audit;

/** The kinds of record whose corrections keep their earlier values. */
public enum AmendedRecord {
    SESSION_LOG,
    SCREEN_FINDINGS
}
