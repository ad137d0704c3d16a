package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.reload.testsupport.browser.ClinicJourneyTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle cannot be sidestepped with a made-up X-Forwarded-For (issue 11, item 3):
 * the portal trusts no proxy here, so ten failed sign-ins from this machine, each with another
 * forwarded address and another email, use up the connection's address, and the eleventh waits.
 *
 * <p>The count lives in the database, which every browser test shares: the counters of
 * addresses are cleared before and after, so this test starts from none and leaves none behind.
 */
class SignInThrottleIT extends ClinicJourneyTest {

    @BeforeEach
    @AfterEach
    void noAddressIsCounted() throws SQLException {
        try (Connection connection =
                DriverManager.getConnection(databaseUrl(), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            connection
                    .createStatement()
                    .executeUpdate("delete from sign_in_counters where throttle_key like 'address:%'");
        }
    }

    @Test
    void aNewForwardedAddressForEachGuessDoesNotResetTheCount() {
        for (int guess = 1; guess <= 10; guess++) {
            page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100." + guess));
            open("/login.xhtml");
            submitSignIn(uniqueEmail("guess"), "not-the-password-" + guess);
            assertThat(page.getByText(
                            "That email and password do not match an account. Please check both and try again."))
                    .isVisible();
        }
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.11"));
        open("/login.xhtml");
        submitSignIn(uniqueEmail("guess"), "not-the-password-11");
        assertThat(page.getByText(Pattern.compile(
                        "^Too many failed attempts\\. For your safety, please wait \\d+ minutes and try again\\.$")))
                .isVisible();
    }
}
