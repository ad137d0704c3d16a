package io.reload.shared.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bundles' files as they ship, read one by one: not through ResourceBundle's lookup, which
 * would fill a key missing in Spanish from English. English is the base file (messages.properties).
 */
final class BundleFiles {

    static final List<String> BUNDLES = List.of(Texts.BUNDLE);

    private BundleFiles() {}

    static Properties load(String bundle, Locale language) {
        return file(language.equals(Languages.DEFAULT) ? bundle : bundle + "_" + language.getLanguage());
    }

    static Properties file(String name) {
        try (InputStream in = BundleFiles.class.getResourceAsStream("/" + name + ".properties")) {
            assertNotNull(in, name + ".properties");
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Locale> otherLanguages() {
        return Languages.SUPPORTED.stream()
                .filter(language -> !language.equals(Languages.DEFAULT))
                .toList();
    }

    /** Every Java, page and XML file under src/main, where keys are named. */
    static String sourcesUnderMain() {
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            return files.filter(file -> file.toString().matches(".*\\.(java|xhtml|xml)$"))
                    .map(BundleFiles::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
