package io.reload.testsupport;

import java.util.UUID;

/** Email addresses no other test uses, so tests never depend on each other's data. */
public final class TestEmails {

    private TestEmails() {}

    public static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }
}
