package io.reload.account.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238): a 30-second step,
 * six digits, HMAC-SHA1, from a secret shared as Base32. A code is accepted for the step of
 * now and one step either side (clocks drift), and only for a step later than the last one
 * used, so a code seen over someone's shoulder is worth nothing once used (replay).
 */
public final class OneTimeCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    public static final String ALGORITHM = "HmacSHA1";
    /** Steps either side of now that still count. */
    static final int DRIFT_STEPS = 1;
    /** 160 bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    private static final int SECRET_BYTES = 20;

    private OneTimeCodes() {}

    /** A new random secret in Base32 (32 letters and digits, no padding), as apps take it. */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return new Base32().encodeAsString(key).replace("=", "");
    }

    /** Whether the text is a secret as {@link #newSecret} makes them. */
    public static boolean isWellFormedSecret(String secret) {
        return secret != null && secret.matches("[A-Z2-7]{32}");
    }

    /** The number of the 30-second step that instant falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of that step for the secret, e.g. "094287". */
    public static String codeFor(String secret, long step) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);
            var key = new SecretKeySpec(new Base32().decode(secret.toUpperCase(Locale.ROOT)), ALGORITHM);
            return generator.generateOneTimePasswordString(
                    key, Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
        }
    }

    /**
     * The step of the code when it is the code of now or of one step either side, and that
     * step is later than the last one used; empty otherwise (wrong, too old, or used already).
     */
    public static OptionalLong acceptedStep(String secret, String code, Instant now, long lastUsedStep) {
        String typed = normalize(code);
        if (typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && sameText(codeFor(secret, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Spaces are how apps show codes ("094 287"); they are no part of it. */
    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** Compares in constant time, so the time taken tells nothing about how close a guess was. */
    static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
