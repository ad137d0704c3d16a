package io.reload.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.reload.testsupport.browser.BrowserTest;
import io.reload.testsupport.browser.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The WAR as someone trying it out runs it: no database settings at all. It must fall back to
 * the embedded H2 file database with the demo accounts of the README, and work.
 *
 * <p>Runs on a server of its own, started without DB_* and DEMO_DATA in its environment, in a
 * fresh folder under target/ (the H2 files land in its data/ folder); JUnit stops it when
 * this class is done.
 */
class EmbeddedDefaultSmokeIT extends BrowserTest {

    @Override
    protected DeployedPortal portal(ExtensionContext testClass) {
        return DeployedPortal.ownedBy(testClass, "embedded-default",
                environment -> DeployedPortal.DATABASE_ENVIRONMENT.forEach(environment::remove));
    }

    @Test
    void theHomePageNamesTheClinic() {
        open("/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reload Physical Therapy"))).isVisible();
        assertThat(page).hasTitle(Pattern.compile("Reload Physical Therapy$"));
    }

    @Test
    void theDemoClientSignsIn() {
        signIn("alex@reload.example", "reload-demo-2026");
        assertThat(page).hasURL(Pattern.compile(".*/client/index\\.xhtml$"));
        assertThat(heading("Hello, Alex Morgan")).isVisible();
    }
}
