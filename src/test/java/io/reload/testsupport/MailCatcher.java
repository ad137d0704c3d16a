package io.reload.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * An in-process SMTP server on the port the deployed portal sends to (MAIL_SMTP_PORT, set by
 * the build). Runs inside the server under test, next to the test code.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;

    private MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailCatcher start() {
        int port = Integer.parseInt(System.getenv("MAIL_SMTP_PORT"));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailCatcher(greenMail);
    }

    /** Waits (polling, up to the timeout) until a mail to the address whose subject contains the text arrives. */
    public MimeMessage awaitMail(String to, String subjectContains, Duration timeout) throws InterruptedException {
        return awaitMails(
                        "a mail to " + to + " with '" + subjectContains + "'",
                        mail -> recipientIs(mail, to) && subjectOf(mail).contains(subjectContains),
                        1,
                        timeout)
                .get(0);
    }

    /** Waits (polling, up to the timeout) until at least the given number of wanted mails arrived; returns them. */
    public List<MimeMessage> awaitMails(String what, Predicate<MimeMessage> wanted, int count, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(wanted)
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not " + count + " times " + what + " within " + timeout + ", but "
                        + found.size() + "; all subjects: "
                        + Arrays.stream(greenMail.getReceivedMessages())
                                .map(MailCatcher::subjectOf)
                                .toList());
            }
            // wait for the next incoming mail (a condition), not for a fixed time
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
    }

    public List<MimeMessage> mailsTo(String address) throws MessagingException {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> recipientIs(mail, address))
                .toList();
    }

    /** The text of the attachment with the given content type (e.g. text/calendar). */
    public static String partText(MimeMessage mail, String contentType) throws MessagingException, IOException {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(contentType)) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + contentType + " part in " + subjectOf(mail));
    }

    public static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean recipientIs(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients())
                    .anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
