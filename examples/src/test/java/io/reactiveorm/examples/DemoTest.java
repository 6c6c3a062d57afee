package io.reactiveorm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the demo as the README's command does and checks what it prints, so the demo cannot rot. */
class DemoTest {

    @Test
    void mainPrintsTheTreeTheCountTheFilteredBooksAndTheSql() {
        String output = runMain();
        assertThat(output).contains(
                "1. Include tree " + Demo.TREE + "\n"
                        + "   The Left Hand of Darkness, by Ursula Le Guin\n"
                        + "      no reviews yet\n"
                        + "   The Dispossessed, by Ursula Le Guin\n"
                        + "      \"An ambiguous utopia, still sharp\" by Ted Chiang, author of Exhalation\n"
                        + "      \"Anarres made real\" by Octavia Butler, author of Kindred, Parable of the Sower\n"
                        + "   Kindred, by Octavia Butler\n"
                        + "      \"Unflinching\" by Ursula Le Guin, author of The Left Hand of Darkness, The Dispossessed\n",
                "\n2. count(): 6 books\n",
                "\n3. Books where author.lastname = 'Butler':\n   Kindred (1979-06-01)\n   Parable of the Sower (1993-10-01)\n",
                "\n4. The one SQL statement of the include tree (toSql()):\nSELECT JSON_ARRAY(");
        String sql = output.substring(output.indexOf("SELECT JSON_ARRAY("));
        assertThat(sql).contains("JSON_ARRAYAGG(").doesNotContain(";");
        assertThat(sql.split("\nSELECT", -1)).as("one statement").hasSize(1);
    }

    @Test
    void runningTwiceInOneJvmStartsFromAnEmptyDatabase() {
        // main closes its ORM, which drops the in-memory database: a second run must not find the old tables.
        assertThat(runMain()).isEqualTo(runMain());
    }

    private static String runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Demo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
