package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Checking second-factor codes against a known secret at fixed times: RFC 6238's own test
 * vectors, the one-step window either side, replay, and recovery codes used once.
 */
class SecondFactorCodesTest {

    /** RFC 6238 appendix B's SHA-1 key, the ASCII "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:10Z");
    private static final long STEP = OneTimeCodes.stepAt(NOW);

    @Test
    void makesTheCodesOfRfc6238ForSha1AsSixDigits() {
        // the RFC lists eight digits; authenticator apps show the last six
        assertEquals("287082", OneTimeCodes.codeFor(RFC_SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals(
                "081804", OneTimeCodes.codeFor(RFC_SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals(
                "050471", OneTimeCodes.codeFor(RFC_SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(1111111111))));
        assertEquals(
                "005924", OneTimeCodes.codeFor(RFC_SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals(
                "279037", OneTimeCodes.codeFor(RFC_SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsTheCodeOfNowAndOfOneStepEitherSideButNotTwo() {
        assertEquals(OptionalLong.of(STEP), accepted(STEP));
        assertEquals(OptionalLong.of(STEP - 1), accepted(STEP - 1));
        assertEquals(OptionalLong.of(STEP + 1), accepted(STEP + 1));
        assertTrue(accepted(STEP - 2).isEmpty(), "a minute old");
        assertTrue(accepted(STEP + 2).isEmpty(), "a minute ahead");
    }

    @Test
    void theWindowFollowsTheStepBoundaries() {
        String code = OneTimeCodes.codeFor(RFC_SECRET, STEP);
        Instant lastSecondOfNextStep = Instant.ofEpochSecond((STEP + 2) * 30 - 1);
        Instant firstSecondTwoStepsOn = Instant.ofEpochSecond((STEP + 2) * 30);
        assertTrue(OneTimeCodes.acceptedStep(RFC_SECRET, code, lastSecondOfNextStep, Long.MIN_VALUE)
                .isPresent());
        assertTrue(OneTimeCodes.acceptedStep(RFC_SECRET, code, firstSecondTwoStepsOn, Long.MIN_VALUE)
                .isEmpty());
    }

    @Test
    void aCodeOfAStepUsedAlreadyOrOfAnEarlierOneIsRefused() {
        assertTrue(
                OneTimeCodes.acceptedStep(RFC_SECRET, OneTimeCodes.codeFor(RFC_SECRET, STEP), NOW, STEP)
                        .isEmpty(),
                "replayed");
        assertTrue(
                OneTimeCodes.acceptedStep(RFC_SECRET, OneTimeCodes.codeFor(RFC_SECRET, STEP - 1), NOW, STEP)
                        .isEmpty(),
                "older than the last used");
        assertEquals(
                OptionalLong.of(STEP + 1),
                OneTimeCodes.acceptedStep(RFC_SECRET, OneTimeCodes.codeFor(RFC_SECRET, STEP + 1), NOW, STEP),
                "the next step's code still counts");
    }

    @Test
    void wrongOrMalformedCodesAreRefusedAndSpacesAreIgnored() {
        String right = OneTimeCodes.codeFor(RFC_SECRET, STEP);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertTrue(OneTimeCodes.acceptedStep(RFC_SECRET, wrong, NOW, Long.MIN_VALUE)
                .isEmpty());
        assertTrue(OneTimeCodes.acceptedStep(RFC_SECRET, right.substring(1), NOW, Long.MIN_VALUE)
                .isEmpty());
        assertTrue(
                OneTimeCodes.acceptedStep(RFC_SECRET, null, NOW, Long.MIN_VALUE).isEmpty());
        assertTrue(OneTimeCodes.acceptedStep(
                        RFC_SECRET, " " + right.substring(0, 3) + " " + right.substring(3), NOW, Long.MIN_VALUE)
                .isPresent());
    }

    @Test
    void newSecretsAre160BitsOfBase32() {
        String secret = OneTimeCodes.newSecret(new SecureRandom());
        assertTrue(OneTimeCodes.isWellFormedSecret(secret), secret);
        assertFalse(OneTimeCodes.isWellFormedSecret("NOT-BASE32"));
    }

    @Test
    void enrolmentNeedsTheRightCodeAndUsesItUp() {
        Account account = new Account("Tess Therapist", "tess@reload.test", null, Role.THERAPIST, "hash");
        String code = OneTimeCodes.codeFor(RFC_SECRET, STEP);

        assertTrue(SecondFactor.enrol(account, RFC_SECRET, "000000".equals(code) ? "111111" : "000000", NOW, List.of())
                .isEmpty());
        SecondFactor secondFactor =
                SecondFactor.enrol(account, RFC_SECRET, code, NOW, List.of()).orElseThrow();

        assertFalse(secondFactor.acceptCode(code, NOW), "the enrolment's code does not sign in again");
        assertTrue(secondFactor.acceptCode(OneTimeCodes.codeFor(RFC_SECRET, STEP + 1), NOW.plusSeconds(30)));
        assertFalse(
                secondFactor.acceptCode(OneTimeCodes.codeFor(RFC_SECRET, STEP + 1), NOW.plusSeconds(30)), "replayed");
    }

    @Test
    void eachRecoveryCodeWorksOnceWhateverItsCaseAndDashes() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());
        Account account = new Account("Sam Staff", "sam@reload.test", null, Role.STAFF, "hash");
        SecondFactor secondFactor = SecondFactor.enrol(
                        account,
                        RFC_SECRET,
                        OneTimeCodes.codeFor(RFC_SECRET, STEP),
                        NOW,
                        codes.stream().map(RecoveryCodes::hash).toList())
                .orElseThrow();

        String typed = codes.get(3).toUpperCase().replace("-", " ");
        assertTrue(secondFactor.accept(typed, NOW));
        assertFalse(secondFactor.accept(codes.get(3), NOW), "used once already");
        assertTrue(secondFactor.accept(codes.get(4), NOW), "the others still work");
        assertFalse(secondFactor.accept("aaaa-bbbb-cccc-dddd", NOW), "not one of them");
    }

    @Test
    void tenDistinctRecoveryCodesOf80Bits() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"), code));
        assertEquals(64, RecoveryCodes.hash(codes.get(0)).length());
    }

    private static OptionalLong accepted(long stepOfCode) {
        return OneTimeCodes.acceptedStep(RFC_SECRET, OneTimeCodes.codeFor(RFC_SECRET, stepOfCode), NOW, Long.MIN_VALUE);
    }
}
