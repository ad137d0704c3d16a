package io.reload.shared.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail to one person: plain text plus any attachments (an .ics invitation, say).
 * Immutable; build it with {@code OutgoingMail.to(address, name).subject(..).body(..).build()}.
 */
public final class OutgoingMail {

    private final String toAddress;
    private final String toName;
    private final String subject;
    private final String body;
    private final String language;
    private final List<Attachment> attachments;

    private OutgoingMail(Builder b) {
        this.toAddress = requireText(b.toAddress, "to address");
        this.toName = b.toName == null || b.toName.isBlank() ? null : b.toName.strip();
        this.subject = requireText(b.subject, "subject");
        // A line break in a header would let text from a form start a header of its own.
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A subject is one line: " + subject);
        }
        this.body = Objects.requireNonNull(b.body, "body");
        this.language = b.language;
        this.attachments = List.copyOf(b.attachments);
    }

    public static Builder to(String address) {
        return new Builder(address, null);
    }

    /** @param name shown next to the address, e.g. "Jo Lifter"; may be null */
    public static Builder to(String address, String name) {
        return new Builder(address, name);
    }

    public String toAddress() {
        return toAddress;
    }

    public Optional<String> toName() {
        return Optional.ofNullable(toName);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The language tag it is written in ("es"), sent as its Content-Language; empty when not said. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** In the order they were attached. */
    public List<Attachment> attachments() {
        return attachments;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs a " + name);
        }
        return value.strip();
    }

    /** A file sent along: its name, MIME type (with parameters) and bytes. */
    public static final class Attachment {

        private final String fileName;
        private final String contentType;
        private final byte[] content;

        private Attachment(String fileName, String contentType, byte[] content) {
            this.fileName = requireText(fileName, "file name");
            this.contentType = requireText(contentType, "content type");
            this.content = Objects.requireNonNull(content, "content").clone();
        }

        public String fileName() {
            return fileName;
        }

        /** E.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
        public String contentType() {
            return contentType;
        }

        public byte[] content() {
            return content.clone();
        }
    }

    /** Collects the parts; {@link #build()} checks them. */
    public static final class Builder {

        private final String toAddress;
        private final String toName;
        private String subject;
        private String body;
        private String language;
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder(String toAddress, String toName) {
            this.toAddress = toAddress;
            this.toName = toName;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Plain text. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** The language tag the text is in, e.g. "es". */
        public Builder language(String languageTag) {
            this.language = languageTag;
            return this;
        }

        public Builder attach(String fileName, String contentType, byte[] content) {
            attachments.add(new Attachment(fileName, contentType, content));
            return this;
        }

        public OutgoingMail build() {
            return new OutgoingMail(this);
        }
    }
}
