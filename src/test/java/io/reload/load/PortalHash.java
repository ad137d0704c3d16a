package io.reload.load;

import io.reload.shared.security.PasswordHashing;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hashed as the portal's identity store checks it (Jakarta Security's PBKDF2 with
 * {@link PasswordHashing}'s parameters: "algorithm:iterations:salt:hash", Base64), for data made
 * outside the portal, where its CDI bean is not at hand.
 */
final class PortalHash {

    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 64 * 8;

    private PortalHash() {}

    static String of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance(PasswordHashing.ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, PasswordHashing.ITERATIONS, KEY_BITS))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return String.join(
                    ":",
                    PasswordHashing.ALGORITHM,
                    String.valueOf(PasswordHashing.ITERATIONS),
                    base64.encodeToString(salt),
                    base64.encodeToString(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PasswordHashing.ALGORITHM + " is missing from this JDK", e);
        }
    }
}
