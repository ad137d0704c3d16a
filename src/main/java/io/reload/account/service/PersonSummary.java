package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.Role;
import java.io.Serializable;

/** A person as lists show them: the team page, or staff looking up a client. */
public class PersonSummary implements Serializable {

    private final long id;
    private final String fullName;
    private final String email;
    private final Role role;
    private final boolean active;

    private PersonSummary(long id, String fullName, String email, Role role, boolean active) {
        this.id = id;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.active = active;
    }

    public static PersonSummary of(Account account) {
        return new PersonSummary(
                account.getId(), account.getFullName(), account.getEmail(), account.getRole(), account.isActive());
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    /** False once staff switched the account off. */
    public boolean isActive() {
        return active;
    }
}
