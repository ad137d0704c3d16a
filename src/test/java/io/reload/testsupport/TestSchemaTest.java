package io.reload.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestSchemaTest {

    @Test
    void findsTheSchemaAndTheServerOfAUrl() {
        String url = "jdbc:mysql://127.0.0.1:3306/reload_it?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        assertEquals("reload_it", TestSchema.schemaOf(url));
        assertEquals(
                "jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                TestSchema.serverUrlOf(url));
        assertEquals("jdbc:mysql://db/", TestSchema.serverUrlOf("jdbc:mysql://db/reload"));
    }

    @Test
    void namesASiblingSchemaOnTheSameServer() {
        assertEquals(
                "jdbc:mysql://127.0.0.1:3306/reload_it_browser?sslMode=DISABLED",
                TestSchema.withSchemaSuffix("jdbc:mysql://127.0.0.1:3306/reload_it?sslMode=DISABLED", "_browser"));
        assertEquals(
                "jdbc:mysql://db/reload_browser", TestSchema.withSchemaSuffix("jdbc:mysql://db/reload", "_browser"));
    }

    @Test
    void refusesAUrlWithoutASafeSchemaName() {
        assertThrows(IllegalArgumentException.class, () -> TestSchema.schemaOf("jdbc:mysql://127.0.0.1:3306/"));
        assertThrows(IllegalArgumentException.class, () -> TestSchema.schemaOf("jdbc:mysql://127.0.0.1:3306/a`b"));
    }
}
