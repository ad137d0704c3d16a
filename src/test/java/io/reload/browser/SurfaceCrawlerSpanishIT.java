package io.reload.browser;

/**
 * The surface crawler in Spanish (issue 12): the same visitors, pages and buttons as
 * {@link SurfaceCrawlerIT}, from a browser set to Spanish, on a portal of its own with fresh demo
 * data. What it must not press and the error headings it looks for are the Spanish bundle's.
 * Figures in target/surface-crawler-es.txt.
 */
class SurfaceCrawlerSpanishIT extends SurfaceCrawlerIT {

    @Override
    protected String languageOfTheBrowser() {
        return "es-ES";
    }
}
