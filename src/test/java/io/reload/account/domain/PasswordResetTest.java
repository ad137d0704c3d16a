package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private static final Instant SENT = Instant.parse("2026-12-02T10:00:00Z");

    private final Account account = new Account("Jo Lifter", "jo@example.com", null, Role.CLIENT, "hash");

    @Test
    void aLinkWorksForThirtyMinutes() {
        PasswordReset reset = new PasswordReset(account, ResetToken.hashOf("token"), SENT);

        assertNull(reset.refusalAt(SENT.plus(Duration.ofMinutes(30)).minusMillis(1)));
        assertEquals(PasswordReset.Refusal.EXPIRED, reset.refusalAt(SENT.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aLinkWorksOnce() {
        PasswordReset reset = new PasswordReset(account, ResetToken.hashOf("token"), SENT);
        reset.use(SENT.plusSeconds(60));

        assertEquals(PasswordReset.Refusal.USED, reset.refusalAt(SENT.plusSeconds(61)));
    }

    @Test
    void aLinkOfASwitchedOffAccountDoesNotWork() {
        PasswordReset reset = new PasswordReset(account, ResetToken.hashOf("token"), SENT);
        account.deactivate();

        assertEquals(PasswordReset.Refusal.UNKNOWN, reset.refusalAt(SENT.plusSeconds(60)));
    }

    @Test
    void tokensAreRandom256BitValuesStoredAsTheirSha256() {
        String token = ResetToken.generate();

        assertEquals(43, token.length(), "32 bytes, base64url without padding");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, ResetToken.generate());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ResetToken.hashOf(""));
        assertEquals(64, ResetToken.hashOf(token).length());
    }
}
