package io.reload.shared.domain;

/**
 * Something about a client's recovery changed: a plan was assigned or overridden, a session
 * logged or corrected, a screen missed. Fired inside the change's transaction, so whatever
 * summarises a client's health (the staff dashboard) is kept in step, or rolled back with it.
 */
public record ClientHealthChanged(long clientId) {}
