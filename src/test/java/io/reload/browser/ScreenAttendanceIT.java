package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import org.junit.jupiter.api.Test;

/**
 * Journey 2 of the product, the screen itself: the therapist marks a screen of today attended,
 * then corrects it to a no-show; a screen of a later day refuses either, saying why.
 *
 * <p>Attendance is open from the day of the screen on, and a client can book only from two
 * hours ahead. So that "today" still has bookable hours whenever the test runs, the staff set
 * the clinic's time zone to a fixed-offset zone where it is early morning now, and set the
 * clinic's own zone back at the end.
 */
class ScreenAttendanceIT extends ClinicJourneyTest {

    @Test
    void theTherapistMarksTodaysScreenAttendedThenNoShowAndALaterScreenRefusesBoth() {
        String clinicZone = setClinicTimeZoneToEarlyMorning();
        try {
            Credentials therapist = therapistWorkingEveryDay("Ari Attend");
            BookedScreen today = clientBooksAScreenWith(therapist, "Dee Today", 0);
            BookedScreen later = clientBooksAScreenWith(therapist, "Lou Later", 2);

            signIn(therapist);
            String todaysScreenPage = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(today.when()))
                    .getAttribute("href");
            String screenId = todaysScreenPage.substring(todaysScreenPage.indexOf("id=") + 3);
            signOut();

            // within the cancellation cutoff the client's cancel is refused, and the page still names the screen
            signIn(today.client());
            open("/booking/cancel.xhtml?screen=" + screenId);
            Locator whatIsCancelled = page.getByText(
                    "Your screen on " + today.when() + " with " + therapist.name() + " will be cancelled");
            assertThat(whatIsCancelled).isVisible();
            button("Yes, cancel it").click();
            assertThat(page.getByRole(AriaRole.ALERT))
                    .hasText(
                            "It is less than 24 hours to your screen, so it can no longer be changed online. Please call the clinic.");
            assertThat(whatIsCancelled).isVisible();
            signOut();

            signIn(therapist);
            openScreenFromMyDay(later);
            button("Mark attended").click();
            assertThat(page.getByRole(AriaRole.ALERT))
                    .hasText("Attendance can be recorded from the day of the screen on.");
            assertThat(status()).hasText("Booked");
            button("Mark no-show").click();
            assertThat(page.getByRole(AriaRole.ALERT))
                    .hasText("Attendance can be recorded from the day of the screen on.");
            assertThat(status()).hasText("Booked");

            link("My day").click();
            openScreenFromMyDay(today);
            assertThat(status()).hasText("Booked");
            button("Mark attended").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Attendance saved.");
            assertThat(status()).hasText("Attended");
            button("Mark no-show").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Attendance saved.");
            assertThat(status()).hasText("Missed");
            // saved, not only shown: a fresh read of the page says the same
            page.reload();
            assertThat(status()).hasText("Missed");
            signOut();
        } finally {
            setClinicTimeZone(clinicZone);
        }
    }

    /** The screen page's "Status" fact. */
    private Locator status() {
        return page.locator("dt:text-is('Status') + dd");
    }
}
