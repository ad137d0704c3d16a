package io.reload.shared.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the portal's mail through the SMTP server of {@link MailSettings}, or nothing at all
 * while no server is configured. Works outside the container too: {@code new MailSender(settings)}.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** Long enough for a slow server, short enough that a dead one cannot hang a request. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final String UTF_8 = "UTF-8";

    private MailSettings settings;
    private InternetAddress from;
    private Session session;

    /** For CDI; the settings are read in {@link #readSettings()}. */
    protected MailSender() {}

    public MailSender(MailSettings settings) {
        this(settings, TIMEOUT);
    }

    MailSender(MailSettings settings, Duration timeout) {
        configure(settings, timeout);
    }

    @PostConstruct
    void readSettings() {
        configure(MailSettings.fromConfig(ConfigProvider.getConfig()), TIMEOUT);
    }

    /** Makes the bean at start, so the log says at once whether mail goes out and a bad setting stops the start. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (settings.isOn()) {
            LOG.info(() -> "Mail goes out through " + settings);
        } else {
            LOG.info("Mail is off: no SMTP server configured (set MAIL_SMTP_HOST, and as needed MAIL_SMTP_PORT,"
                    + " MAIL_SMTP_USER, MAIL_SMTP_PASSWORD, MAIL_SMTP_STARTTLS, MAIL_FROM)");
        }
    }

    /** Whether mail goes out at all: pages may say a mail was sent only then. */
    public boolean isOn() {
        return settings.isOn();
    }

    /** The clinic's sending address, e.g. as the organizer of a calendar invitation. */
    public String fromAddress() {
        return from.getAddress();
    }

    /**
     * Sends the mail: its text first, then the attachments.
     *
     * @return true when the server took it; false when mail is off and it was skipped
     * @throws MailNotSentException when the server cannot be reached or refuses it
     */
    public boolean send(OutgoingMail mail) {
        if (session == null) {
            LOG.fine(() -> "Mail is off: skipped \"" + mail.subject() + "\"");
            return false;
        }
        try {
            Transport.send(toMessage(mail));
        } catch (MessagingException e) {
            throw new MailNotSentException(
                    "Mail \"" + mail.subject() + "\" not sent through "
                            + settings.host().orElseThrow() + ":" + settings.port() + ": " + e.getMessage(),
                    e);
        }
        LOG.fine(() -> "Sent \"" + mail.subject() + "\"");
        return true;
    }

    private void configure(MailSettings settings, Duration timeout) {
        this.settings = settings;
        try {
            this.from = address(settings.from(), null);
        } catch (AddressException e) {
            throw new IllegalArgumentException("mail.from is not a mail address: " + settings.from(), e);
        }
        this.session = settings.isOn() ? session(settings, timeout) : null;
    }

    private static Session session(MailSettings settings, Duration timeout) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host().orElseThrow());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        if (settings.startTls()) {
            // Required, not just enabled: never fall back to sending the password in clear.
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.user().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.setProperty("mail.smtp.auth", "true");
        PasswordAuthentication login = new PasswordAuthentication(
                settings.user().get(), settings.password().orElseThrow());
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return login;
            }
        });
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(
                Message.RecipientType.TO,
                address(mail.toAddress(), mail.toName().orElse(null)));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        if (mail.language().isPresent()) {
            // RFC 3282: tells mail clients (and screen readers) which language the text is in
            message.setHeader("Content-Language", mail.language().get());
        }
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), UTF_8);
        parts.addBodyPart(text);
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            parts.addBodyPart(part(attachment));
        }
        message.setContent(parts);
        return message;
    }

    /**
     * The content type goes out as given, parameters and all: for an invitation that is
     * {@code text/calendar; method=REQUEST}, which is what makes mail clients offer to add it.
     */
    private static MimeBodyPart part(OutgoingMail.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        return part;
    }

    /** A checked address; a name (or one parsed from "Name <address>") is encoded so it may hold any letter. */
    private static InternetAddress address(String address, String name) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        try {
            parsed.setPersonal(name != null ? name : parsed.getPersonal(), UTF_8);
            return parsed;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
