package io.reload.browser;

import java.util.List;

/**
 * The surface crawler in Spanish (issue 12): the pages and buttons of {@link SurfaceCrawlerIT},
 * from a browser set to Spanish, on the same demo portal (what the English crawl changed in its
 * data it may see). What it must not
 * press and the error headings it looks for are the Spanish bundle's. Figures in
 * target/surface-crawler-es.txt.
 *
 * <p>One visitor per role: the second demo client and therapist see the same pages with other
 * data, and what the language changes (the words, and so the width of a page) comes with the
 * page, not with whose it is. The English crawl has them both.
 */
class SurfaceCrawlerSpanishIT extends SurfaceCrawlerIT {

    @Override
    protected String languageOfTheBrowser() {
        return "es-ES";
    }

    @Override
    List<Visitor> visitors() {
        return List.of(Visitor.SIGNED_OUT, Visitor.CLIENT_ALEX, Visitor.THERAPIST_TARA, Visitor.STAFF);
    }
}
