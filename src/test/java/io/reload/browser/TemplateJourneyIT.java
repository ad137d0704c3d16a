package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A therapist makes the clinic's default protocol their own: copies it on My protocols, renames
 * the copy, moves a phase, removes a prescription, changes a prescription's numbers and reads
 * the new dose in words, adds a gate test; a range the wrong way round is refused next to its
 * field. The default itself is only for reading.
 */
class TemplateJourneyIT extends ClinicJourneyTest {

    @Test
    void aTherapistCopiesTheDefaultProtocolAndEditsTheCopy() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Credentials therapist = createTherapist("Robin Protocols-" + suffix, uniqueEmail("therapist"), PASSWORD);
        signIn(therapist);

        // the default: read, not edited
        link("My protocols").click();
        arrivedAt("My protocols");
        link(DEFAULT_PROTOCOL).click();
        arrivedAt(DEFAULT_PROTOCOL);
        assertThat(page.getByText("This is the clinic's default protocol")).isVisible();
        assertThat(button("Save protocol")).hasCount(0);
        assertThat(button("Move up")).hasCount(0);
        link("Rebuild movement").click();
        arrivedAt("Rebuild movement");
        assertThat(item("A 60-second plank without the hips sagging")).isVisible();
        assertThat(button("Remove")).hasCount(0);
        assertThat(link("Edit")).hasCount(0);

        // copy it, rename the copy
        copyTheDefaultProtocol();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Robin's reload");
        button("Save protocol").click();
        arrivedAt("Robin's reload");
        told("Protocol saved.");

        // move the second phase to the top
        Locator phases = list("Phases");
        assertThat(phases.getByRole(AriaRole.LISTITEM).first()).containsText("Calm it down");
        item("Active recovery")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up"))
                .click();
        told("Phase moved.");
        assertThat(phases.getByRole(AriaRole.LISTITEM).nth(0)).containsText("Active recovery");
        assertThat(phases.getByRole(AriaRole.LISTITEM).nth(1)).containsText("Calm it down");

        // in "Rebuild movement": remove a prescription, change the numbers of another
        link("Rebuild movement").click();
        arrivedAt("Rebuild movement");
        Locator prescriptions = list("Prescriptions");
        item("Cat-cow")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        told("Prescription removed.");
        assertThat(prescriptions.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Cat-cow")))
                .hasCount(0);
        assertThat(prescriptions.getByRole(AriaRole.LISTITEM).first()).containsText("Walking");

        assertThat(item("Bird-dog")).containsText("3 × 8 per side");
        item("Bird-dog")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        arrivedAt("Bird-dog");
        Locator sets = page.getByLabel("Sets", new Page.GetByLabelOptions().setExact(true));
        assertThat(sets).hasValue("3");
        sets.fill("4");
        button("Save prescription").click();
        told("Prescription saved.");
        arrivedAt("Rebuild movement");
        assertThat(item("Bird-dog")).containsText("4 × 8 per side");

        // a gate test of my own
        page.getByLabel("New gate test").fill("Ten side planks a side, pain-free");
        button("Add gate test").click();
        told("Gate test added.");
        assertThat(item("Ten side planks a side, pain-free")).isVisible();
        assertThat(item("A 60-second plank")).isVisible();

        // a range the wrong way round: refused next to its field, nothing saved
        item("Walking")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        arrivedAt("Walking");
        Locator upTo = page.getByLabel("Minutes, up to");
        assertThat(page.getByLabel("Minutes, from")).hasValue("20");
        upTo.fill("10");
        button("Save prescription").click();
        assertThat(upTo).hasAccessibleDescription("The upper end cannot be below the lower end.");
        assertThat(upTo).hasAttribute("aria-invalid", "true");
        assertThat(upTo).hasValue("10");
        assertThat(page.getByText("Prescription saved.")).hasCount(0);
        page.waitForLoadState();
        link("Back to the phase").click();
        arrivedAt("Rebuild movement");
        assertThat(item("Walking")).containsText("20–30 min");

        // on a phone every page of the copy fits the screen's width
        usePhoneViewport();
        signIn(therapist);
        link("My protocols").click();
        arrivedAt("My protocols");
        fitsThePhone();
        link("Robin's reload").click();
        arrivedAt("Robin's reload");
        fitsThePhone();
        link("Rebuild movement").click();
        arrivedAt("Rebuild movement");
        fitsThePhone();
        item("Bird-dog")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        arrivedAt("Bird-dog");
        assertThat(page.getByLabel("Sets", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("4");
        fitsThePhone();
    }

    private void fitsThePhone() {
        assertTrue(
                (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= screen.width"),
                "wider than the phone: " + page.url());
    }
}
