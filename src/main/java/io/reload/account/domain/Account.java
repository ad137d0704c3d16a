package io.reload.account.domain;

import io.reload.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in: a client, a therapist or a member of staff. */
@Entity
@Table(name = "accounts")
public class Account extends BaseEntity {

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Staff switch an account off (false): it cannot sign in, and its sessions end. */
    @Column(nullable = false)
    private boolean active = true;

    /** Goes up when the password changes or the account is switched off: older sessions end (see V10). */
    /** Its password came from a deployment file (the first staff member's): to be replaced at the first sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The language tag the person chose ("es"), or null: no choice, the browser's language counts (V17). */
    @Column(length = 16)
    private String language;

    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String fullName, String email, String phone, Role role, String passwordHash) {
        this.fullName = fullName.strip();
        this.email = normalizeEmail(email);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.role = role;
        this.passwordHash = passwordHash;
    }

    /** Emails are compared without regard to case or surrounding spaces. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public long getSessionVersion() {
        return sessionVersion;
    }

    /** A new password: every session signed in with the old one ends. */
    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = false;
        sessionVersion++;
    }

    /** The password was set by someone else than its owner: they choose their own at the next sign-in. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Switched off: no more sign-ins, and open sessions end on their next request. */
    public void deactivate() {
        active = false;
        sessionVersion++;
    }

    public void reactivate() {
        active = true;
    }

    public String getLanguage() {
        return language;
    }

    /** The service checks the tag is one the portal speaks; null goes back to the browser's language. */
    public void chooseLanguage(String languageTag) {
        language = languageTag;
    }

    /** Its sign-in changed some other way (a second factor reset): open sessions end on their next request. */
    public void endSessions() {
        sessionVersion++;
    }
}
