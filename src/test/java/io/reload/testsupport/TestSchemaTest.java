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
    void refusesAUrlWithoutASafeSchemaName() {
        assertThrows(IllegalArgumentException.class, () -> TestSchema.schemaOf("jdbc:mysql://127.0.0.1:3306/"));
        assertThrows(IllegalArgumentException.class, () -> TestSchema.schemaOf("jdbc:mysql://127.0.0.1:3306/a`b"));
    }
}
