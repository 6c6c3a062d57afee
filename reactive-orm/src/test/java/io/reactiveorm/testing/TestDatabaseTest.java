package io.reactiveorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.testing.TestDatabase.DatabaseKind;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void splitsScriptsAtSemicolonsEndingALine() {
        String script = "-- header\nCREATE TABLE t (\n  s VARCHAR(9) -- x; y\n);\r\nINSERT INTO t VALUES ('a;b');  \n\n"
                + "-- only a comment\n;\nINSERT INTO t VALUES ('c')";
        assertThat(TestDatabase.splitStatements(script)).containsExactly(
                "CREATE TABLE t (\n  s VARCHAR(9) -- x; y\n)",
                "INSERT INTO t VALUES ('a;b')",
                "INSERT INTO t VALUES ('c')");
    }

    @Test
    void bindMarkersFollowTheDatabase() {
        assertThat(TestDatabase.postgres().bindMarker(2)).isEqualTo("$2");
        assertThat(TestDatabase.h2().bindMarker(1)).isEqualTo("$1");
        assertThat(TestDatabase.mariadb().bindMarker(3)).isEqualTo("?");
        assertThat(TestDatabase.mysql8().bindMarker(2)).isEqualTo("?");
    }

    @Test
    void aMissingServerNeverSkipsTestsUnderCi() {
        for (DatabaseKind kind : DatabaseKind.values()) {
            assertThat(ServerLocator.whyFailInsteadOfSkip(kind, "true")).as(kind.id()).isNotNull();
            assertThat(ServerLocator.whyFailInsteadOfSkip(kind, "TRUE")).as(kind.id()).isNotNull();
        }
        assertThat(ServerLocator.whyFailInsteadOfSkip(DatabaseKind.POSTGRESQL, null)).isNull();
        assertThat(ServerLocator.whyFailInsteadOfSkip(DatabaseKind.MYSQL8, null)).contains("asked for");
    }

    @Test
    void onlyMySql8IsRequiredAndHasNoLocalServer() {
        assertThat(DatabaseKind.values()).filteredOn(DatabaseKind::required).containsExactly(DatabaseKind.MYSQL8);
        assertThat(DatabaseKind.MYSQL8.localUrl()).isNull();
        assertThat(DatabaseKind.MYSQL8.envVar()).isEqualTo("REACTIVE_ORM_MYSQL8_URL");
        assertThat(DatabaseKind.MYSQL8.freshUrl("r2dbc:mysql://root@h:33060/test", "ro_x"))
                .isEqualTo("r2dbc:mysql://root@h:33060/ro_x");
    }

    @Test
    void freshUrlsPointAtTheNewSchemaOrDatabase() {
        assertThat(DatabaseKind.POSTGRESQL.freshUrl("r2dbc:postgresql://postgres@127.0.0.1:5432/test", "ro_x"))
                .isEqualTo("r2dbc:postgresql://postgres@127.0.0.1:5432/test?schema=ro_x&applicationName=ro_x");
        assertThat(DatabaseKind.POSTGRESQL.freshUrl("r2dbc:postgresql://u:p@h:1/db?sslMode=disable", "ro_x"))
                .isEqualTo("r2dbc:postgresql://u:p@h:1/db?sslMode=disable&schema=ro_x&applicationName=ro_x");
        assertThat(DatabaseKind.MARIADB.freshUrl("r2dbc:mysql://root@127.0.0.1:3306/test?sslMode=DISABLED", "ro_x"))
                .isEqualTo("r2dbc:mysql://root@127.0.0.1:3306/ro_x?sslMode=DISABLED");
        assertThat(DatabaseKind.MARIADB.freshUrl("r2dbc:mysql://root@127.0.0.1:3306", "ro_x"))
                .isEqualTo("r2dbc:mysql://root@127.0.0.1:3306/ro_x");
    }

    @Test
    void redactsPasswords() {
        assertThat(ServerLocator.redact("r2dbc:postgresql://u:secret@h:1/db")).isEqualTo("r2dbc:postgresql://u:***@h:1/db");
        assertThat(ServerLocator.redact("r2dbc:mysql://root@h/db")).isEqualTo("r2dbc:mysql://root@h/db");
    }
}
