package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.InputCheck;
import io.reload.shared.security.PasswordHashing;
import io.reload.shared.text.Languages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;

/**
 * The one way an account comes to be, whoever asks for it: checks the input with the same
 * constraints the page uses, refuses a taken email, hashes the password, keeps the language of
 * the page it was made from (an unknown one is no choice).
 * Runs inside the calling service's transaction. Public for the demo accounts (io.reload.demo).
 */
@Dependent
public class AccountCreation {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Validator validator;

    @Inject
    SecurityLog securityLog;

    public Account create(NewAccount input, Role role) {
        InputCheck.refuseInvalid(validator, input);
        if (accounts.emailTaken(input.getEmail())) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(
                input.getFullName(),
                input.getEmail(),
                input.getPhone(),
                role,
                passwordHashing.hash(input.getPassword()));
        if (Languages.isSupported(input.getLanguage())) {
            account.chooseLanguage(input.getLanguage());
        }
        try {
            Account created = accounts.add(account);
            securityLog.recordChange(SecurityEventKind.ACCOUNT_CREATED, created.getEmail(), role.name());
            return created;
        } catch (PersistenceException lostRace) {
            // another registration with the same email committed between the check and the insert
            throw new EmailAlreadyRegisteredException();
        }
    }
}
