package io.reload.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    @Test
    void readsTheRealVersionBehindTheMySqlCompatibilityPrefix() {
        DatabaseVersion version = MariaDbDialectResolver.mariaDbVersion("5.5.5-10.11.19-MariaDB-0+deb12u1")
                .orElseThrow();
        assertEquals(10, version.getDatabaseMajorVersion());
        assertEquals(11, version.getDatabaseMinorVersion());
        assertEquals(19, version.getDatabaseMicroVersion());
    }

    @Test
    void readsAVersionWithoutPrefix() {
        DatabaseVersion version =
                MariaDbDialectResolver.mariaDbVersion("11.4.5-MariaDB").orElseThrow();
        assertEquals(11, version.getDatabaseMajorVersion());
        assertEquals(4, version.getDatabaseMinorVersion());
    }

    @Test
    void leavesMySqlAndH2ToHibernate() {
        assertTrue(MariaDbDialectResolver.mariaDbVersion("8.4.3").isEmpty());
        assertTrue(MariaDbDialectResolver.mariaDbVersion("2.2.224 (2023-09-17)").isEmpty());
        assertTrue(MariaDbDialectResolver.mariaDbVersion(null).isEmpty());
    }
}
