package io.reactiveorm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

    @TempDir
    Path module;

    @Test
    void committedGoldenFileMatches() {
        Golden.assertSql("selftest/select-books", "select b.id, b.title\nfrom book b\nwhere b.id = $1\n");
    }

    @Test
    void matchIgnoresLineEndingsAndTrailingNewlines() throws Exception {
        write("q", "select 1\nfrom t\n");
        Golden.assertSql("q", "select 1\r\nfrom t", module, false);
        Golden.assertSql("q", "select 1\nfrom t\n\n\n", module, false);
    }

    @Test
    void mismatchFailsWithLineDiffAndWritesActual() throws Exception {
        write("q", "select a\nfrom t\nwhere x = 1\n");
        assertThatThrownBy(() -> Golden.assertSql("q", "select a\nfrom u\nwhere x = 1\n", module, false))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Golden SQL mismatch for case 'q'")
                .hasMessageContaining("  select a\n- from t\n+ from u\n  where x = 1\n")
                .hasMessageContaining("-Dgolden.update=true");
        assertThat(module.resolve("target/golden-actual/q.sql")).hasContent("select a\nfrom u\nwhere x = 1\n");
    }

    @Test
    void missingGoldenFileFailsAndTellsHowToBless() {
        assertThatThrownBy(() -> Golden.assertSql("nested/new-case", "select 1", module, false))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("No golden file for case 'nested/new-case'")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    void updateModeWritesTheExpectedFileAndPasses() throws Exception {
        write("q", "old\n");
        Golden.assertSql("q", "select 2\r\n", module, true);
        assertThat(module.resolve("src/test/resources/golden/q.sql")).hasContent("select 2\n");
        Golden.assertSql("q", "select 2", module, false);
    }

    @Test
    void rejectsCaseNamesLeavingTheGoldenDirectory() {
        assertThatThrownBy(() -> Golden.assertSql("../x", "select 1", module, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String caseName, String content) throws Exception {
        Path file = module.resolve("src/test/resources/golden/" + caseName + ".sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
