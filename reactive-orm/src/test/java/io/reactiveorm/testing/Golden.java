package io.reactiveorm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file assertions for rendered SQL. The expected text of case {@code name} lives in the module's
 * {@code src/test/resources/golden/<name>.sql}; run the tests with {@code -Dgolden.update=true} to (re)write it.
 */
public final class Golden {

    private Golden() {}

    /**
     * Compares {@code actualSql} with the golden file, ignoring line-ending style and trailing newlines. On a mismatch
     * the actual SQL is written to {@code target/golden-actual/<name>.sql} and the assertion fails with a line diff.
     */
    public static void assertSql(String caseName, String actualSql) {
        assertSql(caseName, actualSql, moduleDir(), Boolean.getBoolean("golden.update"));
    }

    static void assertSql(String caseName, String actualSql, Path moduleDir, boolean update) {
        if (caseName.isBlank() || caseName.contains("..") || caseName.startsWith("/")) {
            throw new IllegalArgumentException("bad golden case name: '" + caseName + "'");
        }
        String actual = normalize(actualSql);
        Path expectedFile = moduleDir.resolve("src/test/resources/golden").resolve(caseName + ".sql");
        if (update) {
            write(expectedFile, actual);
            return;
        }
        if (!Files.exists(expectedFile)) {
            Path actualFile = writeActual(moduleDir, caseName, actual);
            throw new AssertionFailedError("No golden file for case '" + caseName + "': " + expectedFile
                    + "\nActual SQL written to " + actualFile
                    + "\nTo bless it, re-run the test with -Dgolden.update=true and review the new file.");
        }
        String expected = normalize(read(expectedFile));
        if (expected.equals(actual)) {
            return;
        }
        Path actualFile = writeActual(moduleDir, caseName, actual);
        throw new AssertionFailedError("Golden SQL mismatch for case '" + caseName + "' (- expected, + actual):\n"
                + diff(expected, actual)
                + "Expected: " + expectedFile + "\nActual:   " + actualFile
                + "\nIf the change is intended, re-run with -Dgolden.update=true and review the diff.",
                expected, actual);
    }

    /** {@code \r\n} and {@code \r} become {@code \n}; trailing newlines become exactly one. */
    static String normalize(String sql) {
        String s = sql.replace("\r\n", "\n").replace('\r', '\n');
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end) + "\n";
    }

    /** A line diff from a longest common subsequence: {@code "  "} same, {@code "- "} expected only, {@code "+ "} actual only. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a[i++]);
            } else {
                out.add("+ " + b[j++]);
            }
        }
        // Both texts end with "\n", so the last (empty) line is always common: drop it.
        if (!out.isEmpty() && out.get(out.size() - 1).equals("  ")) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    private static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return Paths.get(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"));
    }

    private static Path writeActual(Path moduleDir, String caseName, String actual) {
        Path file = moduleDir.resolve("target/golden-actual").resolve(caseName + ".sql");
        write(file, actual);
        return file;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
