package io.reload.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Makes a sign-in with an unknown (or switched-off) email cost what a known one costs. The
 * database identity store answers "not found" without hashing anything, so the time of the
 * answer told anyone which emails have accounts. Asked after that store (a higher priority
 * number), for an email it did not find this store hashes the password against a throw-away
 * hash, then refuses too: every sign-in with a wrong password costs one PBKDF2 hash.
 */
@ApplicationScoped
public class UnknownCallerHashing implements IdentityStore {

    static final String QUERY = "select count(*) from accounts where email = ? and active = TRUE";

    @Resource(lookup = "java:app/jdbc/reload")
    DataSource dataSource;

    @Inject
    PasswordHashing hashing;

    private String throwAwayHash;

    @PostConstruct
    void makeThrowAwayHash() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        throwAwayHash = hashing.hash(Base64.getEncoder().encodeToString(random));
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential given && !isKnown(given.getCaller())) {
            hashing.matches(given.getPasswordAsString(), throwAwayHash);
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public int priority() {
        return 200; // after the database store (70): only reached when that one refused
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }

    private boolean isKnown(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, email);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a signing-in email", e);
        }
    }
}
