package io.reload.testsupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which test classes go into the service tests' one deployment. */
class ReloadDeploymentTest {

    @Test
    void theServiceTestsAndTheirHelpersGoInTheBrowserTestsAndUnitTestsStayOut() throws URISyntaxException {
        Path testClasses = Path.of(ReloadDeploymentTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> names = ReloadDeployment.serviceTestClasses(testClasses).stream()
                .map(file -> testClasses.relativize(file).toString().replace('\\', '/'))
                .collect(Collectors.toSet());

        assertAll(
                () -> assertTrue(names.contains("io/reload/booking/BookingMailsIT.class")),
                () -> assertTrue(names.contains("io/reload/protocol/PlanTestData.class"), "a data helper"),
                () -> assertTrue(names.contains("io/reload/testsupport/MailCatcher.class")),
                () -> assertTrue(
                        names.contains("io/reload/booking/BookingServicesIT$Outcomes.class"),
                        "inner classes come with their class"),
                () -> assertFalse(names.contains("io/reload/browser/BookingJourneyIT.class"), "a browser test"),
                () -> assertFalse(names.contains("io/reload/architecture/LayeringTest.class")),
                () -> assertFalse(
                        names.contains("io/reload/protocol/domain/PlanTest.class"), "a unit test, in a subpackage"),
                () -> assertFalse(names.contains("io/reload/testsupport/ReloadDeployment.class")));
    }
}
