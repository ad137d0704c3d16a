package io.reload.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all service tests run in: the WAR that ships, as the build made it, plus the
 * service test classes, their helpers, and GreenMail to catch the portal's mail in the server.
 *
 * <p>Arquillian's suite extension (named in arquillian.xml) deploys it once, before the first
 * service test class, and undeploys it when the run ends, so the service tests share one
 * Payara Micro instead of starting one per class (each start costs 20-40 s of two cores). They
 * shared the database already (the build makes the schema once per run), so each builds its own
 * data with {@link TestData} and never counts what others left.
 */
@ArquillianSuiteDeployment
public final class ReloadDeployment {

    /** Test packages whose classes never run in the server: browser tests drive it from outside, ArchUnit reads bytecode. */
    private static final Set<String> OUTSIDE_THE_SERVER = Set.of("browser", "architecture");

    private ReloadDeployment() {}

    @Deployment
    public static WebArchive servicesUnderTest() {
        File war = new File(System.getProperty("reload.war", "target/reload.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsWebInfResource("payara-web-run-as.xml", "payara-web.xml")
                .addAsWebInfResource("glassfish-ejb-jar-run-as.xml", "glassfish-ejb-jar.xml");
        Path testClasses = locationOf(ReloadDeployment.class);
        for (Path classFile : serviceTestClasses(testClasses)) {
            String name = testClasses.relativize(classFile).toString().replace(File.separatorChar, '/');
            archive.add(new FileAsset(classFile.toFile()), "/WEB-INF/classes/" + name);
        }
        return archive;
    }

    /**
     * The class files that sit directly in a feature's test package (io/reload/booking/...: the
     * service tests and their data helpers; unit tests live in the subpackages domain, service
     * and web) or in testsupport, inner classes included.
     */
    static List<Path> serviceTestClasses(Path testClasses) {
        Path root = testClasses.resolve("io/reload");
        try (Stream<Path> packages = Files.list(root)) {
            return packages.filter(Files::isDirectory)
                    .filter(dir ->
                            !OUTSIDE_THE_SERVER.contains(dir.getFileName().toString()))
                    .flatMap(ReloadDeployment::classFilesIn)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> classFilesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .filter(file -> file.getFileName().toString().endsWith(".class"))
                    // this class only builds the archive, outside the server
                    .filter(file -> !file.getFileName().toString().startsWith("ReloadDeployment"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(Class<?> type) {
        return Path.of(jarOf(type).toURI());
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
