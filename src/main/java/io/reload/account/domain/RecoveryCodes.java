package io.reload.account.domain;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The ten codes a person keeps for the day their phone is lost: each signs in once. 80 random
 * bits each (16 letters and digits, shown in groups of four), so a plain SHA-256 of the code is
 * safe to store; slow password hashing is for what people choose, not for this.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int BYTES = 10;

    private RecoveryCodes() {}

    /** Ten new codes such as "k7qm-2xv4-hd9a-pl3e" (lower case; shown once, stored only as hashes). */
    public static List<String> generate(SecureRandom random) {
        return IntStream.range(0, COUNT).mapToObj(i -> newCode(random)).toList();
    }

    private static String newCode(SecureRandom random) {
        byte[] bits = new byte[BYTES];
        random.nextBytes(bits);
        String letters = new Base32().encodeAsString(bits).toLowerCase(Locale.ROOT);
        return String.join(
                "-",
                letters.substring(0, 4),
                letters.substring(4, 8),
                letters.substring(8, 12),
                letters.substring(12, 16));
    }

    /** The hash stored for a code, whatever the case, spaces or dashes it is typed with. */
    public static String hash(String code) {
        return DigestUtils.sha256Hex(normalize(code));
    }

    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
