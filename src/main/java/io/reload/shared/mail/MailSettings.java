package io.reload.shared.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server the portal's mail goes through. No host means mail is off, so a fresh
 * checkout runs without a mail server. Immutable; the password never shows in {@link #toString()}.
 */
public final class MailSettings {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "Reload clinic <no-reply@reload.example>";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final boolean startTls;
    private final String from;

    private MailSettings(String host, int port, String user, String password, boolean startTls, String from) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail.smtp.port must be 1..65535, was " + port);
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("Set both mail.smtp.user and mail.smtp.password, or neither");
        }
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.startTls = startTls;
        this.from = checkedAddress(from);
    }

    /** Mail off: nothing is sent. */
    public static MailSettings off() {
        return new MailSettings(null, DEFAULT_PORT, null, null, false, DEFAULT_FROM);
    }

    /** A server without login or STARTTLS, sending from {@link #DEFAULT_FROM}. */
    public static MailSettings server(String host, int port) {
        return new MailSettings(requireText(host, "host"), port, null, null, false, DEFAULT_FROM);
    }

    /**
     * Reads {@code mail.smtp.host}, {@code mail.smtp.port}, {@code mail.smtp.user},
     * {@code mail.smtp.password}, {@code mail.smtp.starttls} and {@code mail.from}; MicroProfile
     * Config also finds them as MAIL_SMTP_HOST, MAIL_SMTP_PORT, ... in the environment.
     */
    public static MailSettings fromConfig(Config config) {
        return new MailSettings(
                text(config, "mail.smtp.host").orElse(null),
                config.getOptionalValue("mail.smtp.port", Integer.class).orElse(DEFAULT_PORT),
                text(config, "mail.smtp.user").orElse(null),
                // The password as given: spaces may be part of it.
                config.getOptionalValue("mail.smtp.password", String.class)
                        .filter(value -> !value.isEmpty())
                        .orElse(null),
                config.getOptionalValue("mail.smtp.starttls", Boolean.class).orElse(false),
                text(config, "mail.from").orElse(DEFAULT_FROM));
    }

    public MailSettings withLogin(String user, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password is required");
        }
        return new MailSettings(host, port, requireText(user, "user"), password, startTls, from);
    }

    public MailSettings withStartTls(boolean startTls) {
        return new MailSettings(host, port, user, password, startTls, from);
    }

    public MailSettings withFrom(String from) {
        return new MailSettings(host, port, user, password, startTls, from);
    }

    public boolean isOn() {
        return host != null;
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    public boolean startTls() {
        return startTls;
    }

    /** The From header, e.g. {@code Reload clinic <no-reply@reload.example>}. */
    public String from() {
        return from;
    }

    /** For the log: where mail goes and how, never the password. */
    @Override
    public String toString() {
        if (!isOn()) {
            return "mail off";
        }
        return host + ":" + port + (startTls ? " with STARTTLS" : " without TLS")
                + (user == null ? ", no login" : ", login " + user) + ", from " + from;
    }

    // A wrong sender address should stop the start, not every mail later.
    private static String checkedAddress(String from) {
        String address = requireText(from, "mail.from");
        try {
            new InternetAddress(address, true).validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("mail.from is not a mail address: " + address, e);
        }
    }

    // MicroProfile Config already treats an empty value as absent; blanks count as absent too.
    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
