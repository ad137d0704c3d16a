package io.reload.shared.mail;

import jakarta.ejb.ApplicationException;
import jakarta.mail.MessagingException;

/**
 * The SMTP server could not be reached or would not take the mail. Unchecked, so the caller
 * decides: retry later, tell the person, or carry on. Inside an EJB an uncaught one rolls the
 * transaction back, so catch it where a booking must stand even when its mail does not go. An
 * application exception, so a caller of that EJB gets it as it is, not wrapped in an
 * EJBException, and can catch it by name (the reminder job does).
 */
@ApplicationException(rollback = true)
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message, MessagingException cause) {
        super(message, cause);
    }
}
