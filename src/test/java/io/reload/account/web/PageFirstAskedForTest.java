package io.reload.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageFirstAskedForTest {

    @Test
    void keepsPathAndQueryInsideTheApplication() {
        assertEquals(
                Optional.of("booking/book.xhtml?check=abc&week=2026-11-23"),
                PageFirstAskedFor.insideThisApplication(
                        URI.create("http://localhost:8080/booking/book.xhtml?check=abc&week=2026-11-23"), ""));
        assertEquals(
                Optional.of("staff/team.xhtml"),
                PageFirstAskedFor.insideThisApplication(
                        URI.create("https://clinic.example/reload/staff/team.xhtml"), "/reload"));
    }

    @Test
    void neverLeavesTheApplication() {
        assertEquals(
                Optional.empty(),
                PageFirstAskedFor.insideThisApplication(URI.create("https://clinic.example/other/x.xhtml"), "/reload"));
        assertEquals(
                Optional.empty(),
                PageFirstAskedFor.insideThisApplication(URI.create("http://localhost:8080//evil.example/x"), ""));
    }
}
