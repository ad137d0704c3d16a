package io.reload.shared.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MariaDB reports itself through MySQL Connector/J as product "MySQL", version
 * "5.5.5-10.11.x-MariaDB", so Hibernate would pick an unsupported MySQL 5.5 dialect.
 * This resolver recognises MariaDB by its version string and answers with the MariaDB
 * dialect of the real version; for anything else (H2, real MySQL) it stays out of the way.
 */
public class MariaDbDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return mariaDbVersion(info.getDatabaseVersion())
                .map(MariaDBDialect::new)
                .orElse(null);
    }

    static java.util.Optional<DatabaseVersion> mariaDbVersion(String reportedVersion) {
        if (reportedVersion == null) {
            return java.util.Optional.empty();
        }
        Matcher matcher = MARIADB_VERSION.matcher(reportedVersion);
        if (!matcher.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(DatabaseVersion.make(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }
}
