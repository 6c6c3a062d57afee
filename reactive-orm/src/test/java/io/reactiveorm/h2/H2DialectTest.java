package io.reactiveorm.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.Orm;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.SqlSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** The H2 dialect's plain-SQL rules, and how it is found. */
class H2DialectTest {
    private final SqlSyntax sql = H2DialectProvider.dialect().sql();

    @Test
    void plainNamesStayUnquotedReservedWordsAreQuotedInTheirFoldedCase() {
        assertThat(sql.identifier("book")).isEqualTo("book");
        assertThat(sql.identifier("published_at")).isEqualTo("published_at");
        assertThat(sql.identifier("BOOK")).isEqualTo("BOOK");
        assertThat(sql.identifier("value")).isEqualTo("\"VALUE\"");
        assertThat(sql.identifier("user")).isEqualTo("\"USER\"");
        assertThat(sql.identifier("Book")).isEqualTo("\"Book\"");
        assertThat(sql.identifier("odd \"name\"")).isEqualTo("\"odd \"\"name\"\"\"");
    }

    @Test
    void bindMarkersAndStandardRowLimits() {
        assertThat(sql.bindMarker(0)).isEqualTo("$1");
        assertThat(sql.limitOffset(null, null)).isEmpty();
        assertThat(sql.limitOffset(5, null)).isEqualTo(" FETCH FIRST 5 ROWS ONLY");
        assertThat(sql.limitOffset(null, "$2")).isEqualTo(" OFFSET $2 ROWS");
        assertThat(sql.limitOffset(5, "$2")).isEqualTo(" OFFSET $2 ROWS FETCH FIRST 5 ROWS ONLY");
    }

    @Test
    void binaryTravelsAsHex() {
        assertThat(H2DialectProvider.dialect().capabilities().binaryText()).isEqualTo(Capabilities.BinaryText.HEX);
    }

    @Test
    void foundFromAnR2dbcH2ConnectionFactory() {
        Orm orm = Orm.builder(ConnectionFactories.get("r2dbc:h2:mem:///found")).pool(false, 1).build();
        assertThat(orm.dialect().name()).isEqualTo("H2");
        orm.close().block(Duration.ofSeconds(5));
    }

    @Test
    void fileUrlsWithThreeSlashesNameAnAbsolutePath(@TempDir Path dir) {
        Path file = dir.resolve("orm-file").toAbsolutePath();
        Orm orm = Orm.connect("r2dbc:h2:file://" + file);
        try {
            assertThat(orm.inTransaction(tx -> Mono.just(1)).block(Duration.ofSeconds(10))).isEqualTo(1);
        } finally {
            orm.close().block(Duration.ofSeconds(5));
        }
        assertThat(dir.resolve("orm-file.mv.db")).as("the database file at the absolute path").exists();
        H2DialectProvider provider = new H2DialectProvider();
        assertThat(provider.connectionOptions(ConnectionFactoryOptions.parse("r2dbc:pool:h2:file:///srv/db"))
                .getValue(ConnectionFactoryOptions.DATABASE)).isEqualTo("/srv/db");
        assertThat(provider.connectionOptions(ConnectionFactoryOptions.parse("r2dbc:h2:file:///./data/db"))
                .getValue(ConnectionFactoryOptions.DATABASE)).as("relative stays relative").isEqualTo("./data/db");
        assertThat(provider.connectionOptions(ConnectionFactoryOptions.parse("r2dbc:h2:mem:///demo"))
                .getValue(ConnectionFactoryOptions.DATABASE)).isEqualTo("demo");
    }

    /** r2dbc-h2 and H2 are optional: the provider must load without them, so it may not link any of their classes. */
    @Test
    void dialectClassesReferToNoDriverClass() throws IOException {
        for (Class<?> type : new Class<?>[] {H2DialectProvider.class, H2SqlSyntax.class, H2JsonSyntax.class}) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(constants).as(type.getSimpleName()).doesNotContain("io/r2dbc/h2/").doesNotContain("org/h2/");
            }
        }
    }
}
