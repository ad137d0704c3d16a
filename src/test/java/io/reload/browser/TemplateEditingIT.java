package io.reload.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.reload.testsupport.browser.ClinicJourneyTest;
import io.reload.testsupport.browser.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The buttons of a therapist's own protocol and its phases that {@link TemplateJourneyIT} does
 * not press: rules out of range, phases moved down, added, refused and removed, the protocol
 * deleted; a phase renamed, its prescriptions moved and added, its gate tests refused and removed.
 * Each refusal is shown next to its field and changes nothing.
 */
class TemplateEditingIT extends ClinicJourneyTest {

    private static final String PAIN_RISE = "Pain rise in a session that moves the client back a phase (points)";

    @Test
    void aTherapistReordersAddsAndRemovesPhasesThenDeletesTheProtocol() {
        signInAsNewTherapist("Kim Phases");
        copyTheDefaultProtocol();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Kim's phases");

        // a rule out of range: refused next to it, nothing saved
        Locator painRise = page.getByLabel(PAIN_RISE);
        String savedPainRise = painRise.inputValue();
        painRise.fill("11");
        button("Save protocol").click();
        refusedNextTo(painRise, "The pain rise is 1 to 10 points.");
        assertThat(painRise).hasAccessibleDescription("The pain rise is 1 to 10 points.");
        assertThat(painRise).hasAttribute("aria-invalid", "true");
        link("Back to My protocols").click();
        arrivedAt("My protocols");
        link("Copy of " + DEFAULT_PROTOCOL).click();
        arrivedAt("Copy of " + DEFAULT_PROTOCOL);
        assertThat(page.getByLabel(PAIN_RISE)).hasValue(savedPainRise);

        // the first phase one down
        Locator phases = list("Phases").getByRole(AriaRole.LISTITEM);
        assertThat(phases).hasCount(6);
        buttonIn("Calm it down", "Move down").click();
        told("Phase moved.");
        assertThat(phases).containsText(new String[] {"Active recovery", "Calm it down", "Rebuild movement"});

        // a phase without a name and with negative days: both refused next to their fields
        Locator newName = page.getByLabel("Name of the new phase");
        Locator newDays = page.getByLabel("Nominal days of the new phase (empty: no end)");
        sendWithoutNameRefused(newName, newDays, "-3", "Add phase");
        assertThat(phases).hasCount(6);

        // a proper one lands at the end
        newName.fill("Deload week");
        newDays.fill("5");
        button("Add phase").click();
        told("Phase added at the end.");
        assertThat(phases).hasCount(7);
        assertThat(phases.last()).containsText("Deload week");
        assertThat(phases.last()).containsText("5 days");

        // and goes again
        buttonIn("Deload week", "Remove").click();
        told("Phase removed.");
        assertThat(phases).hasCount(6);
        assertThat(item("Deload week")).hasCount(0);
        assertThat(phases.last()).containsText("Stay healthy");

        // deleted after saying yes in the browser's own dialog
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.accept();
        });
        button("Delete protocol").click();
        arrivedAt("My protocols");
        told("Protocol deleted.");
        assertEquals(List.of("Delete this protocol with all its phases?"), asked);
        assertThat(item("Copy of " + DEFAULT_PROTOCOL)).hasCount(0);
        assertThat(link(DEFAULT_PROTOCOL)).isVisible();
    }

    @Test
    void aTherapistRenamesAPhaseReordersAndAddsPrescriptionsAndRemovesAGateTest() {
        signInAsNewTherapist("Lee Phase");
        copyTheDefaultProtocol();
        link("Rebuild movement").click();
        arrivedAt("Rebuild movement");

        // no name and zero days: refused next to the fields, the phase keeps its own
        Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        Locator days = page.getByLabel("Nominal days (empty: no end)");
        sendWithoutNameRefused(name, days, "0", "Save phase");
        assertThat(heading("Rebuild movement")).isVisible();

        name.fill("Rebuild slowly");
        days.fill("10");
        button("Save phase").click();
        told("Phase saved.");
        arrivedAt("Rebuild slowly");
        assertThat(days).hasValue("10");

        // prescriptions: the first one down, the last one up
        Locator prescriptions = list("Prescriptions").getByRole(AriaRole.LISTITEM);
        assertThat(prescriptions).hasCount(4);
        buttonIn("Cat-cow", "Move down").click();
        told("Prescription moved.");
        assertThat(prescriptions).containsText(new String[] {"Walking", "Cat-cow", "Bird-dog", "Dead bug"});
        buttonIn("Dead bug", "Move up").click();
        told("Prescription moved.");
        assertThat(prescriptions).containsText(new String[] {"Walking", "Cat-cow", "Dead bug", "Bird-dog"});

        // a prescription needs a name; with one it is added and opened for its numbers
        Locator newName = page.getByLabel("Name of the new prescription");
        page.getByLabel("Kind of the new prescription").selectOption(new SelectOption().setLabel("Exercise"));
        button("Add and set its numbers").click();
        refusedNextTo(newName, "Please give the prescription a name.");
        assertThat(prescriptions).hasCount(4);
        newName.fill("Side plank");
        button("Add and set its numbers").click();
        told("Prescription added. Set its numbers here.");
        arrivedAt("Side plank");
        link("Back to the phase").click();
        arrivedAt("Rebuild slowly");
        assertThat(prescriptions).hasCount(5);
        assertThat(prescriptions.last()).containsText("Side plank");
        assertThat(prescriptions.last()).containsText("(Exercise)");

        // gate tests: an empty one is refused, one of the clinic's is removed
        Locator gateTests = list("Gate tests").getByRole(AriaRole.LISTITEM);
        assertThat(gateTests).hasCount(4);
        button("Add gate test").click();
        refusedNextTo(page.getByLabel("New gate test"), "Please describe the gate test.");
        assertThat(gateTests).hasCount(4);
        buttonIn("A 60-second plank without the hips sagging", "Remove").click();
        told("Gate test removed.");
        assertThat(gateTests).hasCount(3);
        assertThat(item("A 60-second plank")).hasCount(0);

        // the protocol lists the phase under its new name and length
        link("Back to Copy of " + DEFAULT_PROTOCOL).click();
        arrivedAt("Copy of " + DEFAULT_PROTOCOL);
        assertThat(item("Rebuild slowly")).containsText("10 days · 5 prescriptions, 3 gate tests");
    }

    /** A phase sent without a name and with days below one: both refused next to their fields. */
    private void sendWithoutNameRefused(Locator name, Locator days, String tooFewDays, String buttonName) {
        name.fill("");
        days.fill(tooFewDays);
        button(buttonName).click();
        refusedNextTo(name, "Please give the phase a name.");
        refusedNextTo(days, "This number is too small.");
        assertThat(days).hasAccessibleDescription("This number is too small.");
    }

    private void signInAsNewTherapist(String namePrefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Credentials therapist = createTherapist(namePrefix + "-" + suffix, uniqueEmail("therapist"), PASSWORD);
        signIn(therapist);
    }
}
