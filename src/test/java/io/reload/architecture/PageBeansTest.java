package io.reload.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reload.shared.web.ViewPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the one way pages load their data (see {@link ViewPage}): a page that loads in a
 * view action and has buttons (its own, or the layout's Sign out) is backed by a
 * {@code @ViewPage} bean, so its buttons find on the postback what the first render loaded.
 */
class PageBeansTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern VIEW_ACTION = Pattern.compile("<f:viewAction action=\"#\\{(\\w+)\\.");
    private static final Pattern HAS_BUTTONS =
            Pattern.compile("template=\"/WEB-INF/templates/layout\\.xhtml\"|<[hp]:command(Button|Link)");

    @Test
    void everyPageThatLoadsInAViewActionAndHasButtonsKeepsItsDataInViewScope() throws IOException {
        List<String> pages = pagesLoadingInViewActions();
        assertFalse(pages.isEmpty(), "no page with a view action found under " + WEBAPP.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            String source = Files.readString(WEBAPP.resolve(page));
            Matcher bean = VIEW_ACTION.matcher(source);
            bean.find();
            if (HAS_BUTTONS.matcher(source).find() && !isViewPage(bean.group(1))) {
                wrong.add(page + " (" + bean.group(1) + ")");
            }
        }
        assertEquals(List.of(), wrong, "pages whose buttons would lose what the view action loaded");
    }

    /**
     * Pages load their data one way: in the view action, not when the bean is made. A bean that
     * loads in {@code @PostConstruct} loads again on every request, also for a button whose page
     * did not need it. The error page is the exception: the container forwards to it, also from
     * a POST, and its bean logs the error it shows with the reference it makes.
     */
    @Test
    void noPageBeanLoadsWhenItIsMade() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(file -> file.getFileName().toString().endsWith("Backing.java"))
                    .filter(file -> !file.getFileName().toString().equals("ErrorReferenceBacking.java"))
                    .filter(file -> read(file).contains("@PostConstruct"))
                    .forEach(file -> wrong.add(file.getFileName().toString()));
        }
        assertEquals(List.of(), wrong, "backing beans that load in @PostConstruct instead of f:viewAction");
    }

    private static List<String> pagesLoadingInViewActions() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> VIEW_ACTION.matcher(read(file)).find())
                    .map(file -> WEBAPP.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }

    /** Whether the bean of that EL name (its simple class name, decapitalised) is a @ViewPage. */
    private static boolean isViewPage(String beanName) throws IOException {
        String className = Character.toUpperCase(beanName.charAt(0)) + beanName.substring(1) + ".java";
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(file -> file.getFileName().toString().equals(className))
                    .anyMatch(file -> read(file).contains("@ViewPage"));
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
