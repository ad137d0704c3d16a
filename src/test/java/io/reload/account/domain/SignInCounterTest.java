package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInCounterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final SignInCounter counter = new SignInCounter("email:jo@example.com", Instant.EPOCH);

    @Test
    void theAllowedNumberOfAttemptsPassesAndTheNextWaitsForTheWindowsEnd() {
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(Duration.ZERO, counter.attempt(START.plusSeconds(attempt), 10, WINDOW));
        }
        assertEquals(Duration.ofMinutes(10), counter.attempt(START.plus(Duration.ofMinutes(5)), 10, WINDOW));
        assertEquals(10, counter.getAttempts(), "a refused attempt is not counted");
    }

    @Test
    void aNewWindowStartsAfreshAfterTheLastOneEnded() {
        for (int attempt = 0; attempt < 10; attempt++) {
            counter.attempt(START, 10, WINDOW);
        }
        assertEquals(Duration.ZERO, counter.attempt(START.plus(WINDOW), 10, WINDOW));
        assertEquals(1, counter.getAttempts());
    }

    @Test
    void aRightPasswordTakesItsAttemptBackAndClearingForgetsTheFailures() {
        counter.attempt(START, 10, WINDOW);
        counter.attempt(START, 10, WINDOW);
        counter.takeBackOne();
        assertEquals(1, counter.getAttempts());
        counter.clear();
        assertEquals(0, counter.getAttempts());
        counter.takeBackOne();
        assertEquals(0, counter.getAttempts(), "never below zero");
    }
}
