package io.reload.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who may sign in: a Faces login page (so the form carries the view state and CSRF protection
 * of any other form) checked against the accounts table by {@link SessionAuthenticationMechanism}.
 * The role of an account is its only group. A switched-off account (active false) is not found,
 * so it is refused with the same words as a wrong password.
 */
@ApplicationScoped
@DeclareRoles({Roles.CLIENT, Roles.THERAPIST, Roles.STAFF})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/reload",
        callerQuery = "select password_hash from accounts where email = ? and active = TRUE",
        groupsQuery = "select role from accounts where email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.SALT_SIZE_PARAMETER,
            PasswordHashing.KEY_SIZE_PARAMETER,
        })
public class SecurityConfiguration {}
