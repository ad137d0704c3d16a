package io.reload.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that ships, as the build made it, plus the test's own classes. */
public final class ReloadDeployment {

    private ReloadDeployment() {}

    /** The same, plus GreenMail to catch the portal's mail in the server. */
    public static WebArchive withMailCatcher(Class<?> testClass) {
        return withTest(testClass)
                .addClass(MailCatcher.class)
                .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebArchive withTest(Class<?> testClass) {
        File war = new File(System.getProperty("reload.war", "target/reload.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(
                        testClass,
                        AsClient.class,
                        AsTherapist.class,
                        AsStaff.class,
                        TestEmails.class,
                        TestData.class,
                        RunAs.class)
                .addAsWebInfResource("payara-web-run-as.xml", "payara-web.xml")
                .addAsWebInfResource("glassfish-ejb-jar-run-as.xml", "glassfish-ejb-jar.xml");
    }
}
