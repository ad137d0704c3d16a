package io.reload.testsupport.browser;

import java.nio.file.Path;

/**
 * Maven's target/ folder. Everything a browser test writes (server logs, Payara root dirs,
 * screenshots, Chromium's config and cache) goes there, never into the home or system temp dir.
 */
public final class BuildDirectory {

    private BuildDirectory() {}

    /** The folder the WAR was built into (Failsafe passes its path), else ./target. */
    static Path path() {
        String war = System.getProperty("reload.war");
        Path target = war != null
                ? Path.of(war).toAbsolutePath().getParent()
                : Path.of("target").toAbsolutePath();
        return target.normalize();
    }

    public static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
