package io.reload.account.service;

import io.reload.shared.domain.InvalidInputException;

public class EmailAlreadyRegisteredException extends InvalidInputException {

    public EmailAlreadyRegisteredException() {
        super("email", "account.email.taken");
    }
}
