package io.reload.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations: the ASVS 5.0 minimum for SHA-512
 * (the Jakarta default of 2,048 iterations is far too low). The identity store that checks
 * passwords at sign-in and this bean that hashes them at registration share these parameters.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;

    // In the form the identity store annotation takes them (it needs compile-time constants).
    public static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM;
    public static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
    public static final String SALT_SIZE_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private static final String[] PARAMETERS = {
        ALGORITHM_PARAMETER, ITERATIONS_PARAMETER, SALT_SIZE_PARAMETER, KEY_SIZE_PARAMETER,
    };

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(asMap(PARAMETERS));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    static Map<String, String> asMap(String[] parameters) {
        return Arrays.stream(parameters)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}
