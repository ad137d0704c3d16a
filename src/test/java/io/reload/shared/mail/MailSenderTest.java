package io.reload.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail through a real SMTP conversation with GreenMail, on a free port so parallel builds do not collide. */
class MailSenderTest {

    private static final byte[] INVITE = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
                    + "SUMMARY:Dépistage\r\nEND:VCALENDAR\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final String INVITE_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("clinic", "s3cret"));

    private static MailSettings greenMail() {
        return MailSettings.server("127.0.0.1", smtp.getSmtp().getPort());
    }

    private static OutgoingMail screenBooked() {
        return OutgoingMail.to("jo@example.com", "Jo Lifter")
                .subject("Your free injury screen – Monday 30 March")
                .body("See you at 09:30.\nReload")
                .attach("invite.ics", INVITE_TYPE, INVITE)
                .build();
    }

    private static MimeMessage theOnlyMailReceived() {
        assertTrue(smtp.waitForIncomingEmail(5_000, 1), "no mail arrived");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        return received[0];
    }

    @Test
    void deliversSubjectRecipientSenderAndText() throws Exception {
        assertTrue(new MailSender(greenMail()).send(screenBooked()));

        MimeMessage mail = theOnlyMailReceived();
        assertEquals("Your free injury screen – Monday 30 March", mail.getSubject());
        InternetAddress to = (InternetAddress) mail.getAllRecipients()[0];
        assertEquals("jo@example.com", to.getAddress());
        assertEquals("Jo Lifter", to.getPersonal());
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("no-reply@reload.example", from.getAddress());
        assertEquals("Reload clinic", from.getPersonal());
        Part text = ((MimeMultipart) mail.getContent()).getBodyPart(0);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertEquals("See you at 09:30.\nReload", text.getContent().toString().replace("\r\n", "\n"));
    }

    @Test
    void attachesTheInvitationAsCalendarWithItsMethod() throws Exception {
        new MailSender(greenMail()).send(screenBooked());

        MimeMultipart parts = (MimeMultipart) theOnlyMailReceived().getContent();
        assertEquals(2, parts.getCount());
        Part invite = parts.getBodyPart(1);
        ContentType type = new ContentType(invite.getContentType());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals("REQUEST", type.getParameter("method"));
        assertEquals("UTF-8", type.getParameter("charset"));
        assertEquals("invite.ics", invite.getFileName());
        assertArrayEquals(INVITE, invite.getInputStream().readAllBytes());
    }

    @Test
    void logsInWhenAUserIsSet() throws Exception {
        assertTrue(new MailSender(greenMail().withLogin("clinic", "s3cret")).send(screenBooked()));

        assertEquals(
                "Your free injury screen – Monday 30 March",
                theOnlyMailReceived().getSubject());
    }

    @Test
    void aRefusedLoginIsNotSent() {
        MailSender sender = new MailSender(greenMail().withLogin("clinic", "wrong"));

        assertThrows(MailNotSentException.class, () -> sender.send(screenBooked()));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void sendsNothingWhileMailIsOff() {
        assertFalse(new MailSender(MailSettings.off()).send(screenBooked()));

        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aDeadServerGivesMailNotSent() throws IOException {
        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        MailSender sender = new MailSender(MailSettings.server("127.0.0.1", nobodyListens));

        MailNotSentException refused = assertThrows(MailNotSentException.class, () -> sender.send(screenBooked()));
        assertInstanceOf(MessagingException.class, refused.getCause());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        // The port takes the connection (the backlog does) but nothing ever says hello.
        try (ServerSocket silent = new ServerSocket(0)) {
            MailSender sender =
                    new MailSender(MailSettings.server("127.0.0.1", silent.getLocalPort()), Duration.ofMillis(300));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> assertThrows(MailNotSentException.class, () -> sender.send(screenBooked())));
        }
    }

    @Test
    void settingsWithoutAHostMeanMailIsOff() {
        MailSettings settings = MailSettings.fromConfig(config(Map.of("mail.smtp.host", "  ")));

        assertFalse(settings.isOn());
    }

    @Test
    void settingsDefaultToPort25WithoutTlsOrLoginFromTheClinic() {
        MailSettings settings = MailSettings.fromConfig(config(Map.of("mail.smtp.host", "smtp.example.org")));

        assertEquals(Optional.of("smtp.example.org"), settings.host());
        assertEquals(25, settings.port());
        assertFalse(settings.startTls());
        assertEquals(Optional.empty(), settings.user());
        assertEquals("Reload clinic <no-reply@reload.example>", settings.from());
    }

    @Test
    void settingsReadEveryKey() {
        MailSettings settings = MailSettings.fromConfig(config(Map.of(
                "mail.smtp.host",
                "smtp.example.org",
                "mail.smtp.port",
                "587",
                "mail.smtp.user",
                "clinic",
                "mail.smtp.password",
                "s3cret",
                "mail.smtp.starttls",
                "true",
                "mail.from",
                "Front desk <desk@clinic.example>")));

        assertEquals(587, settings.port());
        assertTrue(settings.startTls());
        assertEquals(Optional.of("clinic"), settings.user());
        assertEquals(Optional.of("s3cret"), settings.password());
        assertEquals("Front desk <desk@clinic.example>", settings.from());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void settingsRefuseAUserWithoutPassword() {
        Config userOnly = config(Map.of("mail.smtp.host", "smtp.example.org", "mail.smtp.user", "clinic"));

        assertThrows(IllegalArgumentException.class, () -> MailSettings.fromConfig(userOnly));
    }

    /** Just enough of MicroProfile Config for the settings: optional values of String, Integer and Boolean. */
    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getOptionalValue")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Optional<String> raw =
                            Optional.ofNullable(values.get((String) args[0])).filter(v -> !v.isEmpty());
                    Class<?> type = (Class<?>) args[1];
                    if (type == Integer.class) {
                        return raw.map(Integer::valueOf);
                    }
                    return type == Boolean.class ? raw.map(Boolean::valueOf) : raw;
                });
    }
}
