package io.reload.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a mail on another thread, so a slow or absent mail server never holds up the person
 * whose action it follows; a mail that cannot be sent is a warning in the log, not an error page.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @Inject
    MailSender mailSender;

    @Resource
    ManagedExecutorService executor;

    /** @param about what the mail is, for the log line should it fail (never a secret it holds) */
    public void sendSoon(OutgoingMail mail, String about) {
        executor.submit(() -> {
            try {
                mailSender.send(mail);
            } catch (MailNotSentException failed) {
                LOG.log(Level.WARNING, "Could not send " + about, failed);
            }
        });
    }
}
