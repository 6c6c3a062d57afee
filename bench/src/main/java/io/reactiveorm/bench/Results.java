package io.reactiveorm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects timings per workload and implementation; writes the markdown table, JSON and HTML (SVG bar charts). */
final class Results {
    private static final String RAW = "raw r2dbc";

    private final Harness.Settings settings;
    private final List<String> columns;
    private final Map<String, Harness.Workload> workloads = new LinkedHashMap<>();
    private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();

    /** Timings of one implementation on one workload, or why there are none. */
    private static final class Cell {
        final List<Double> ms = new ArrayList<>();
        String note;

        double median() {
            List<Double> sorted = new ArrayList<>(ms);
            sorted.sort(null);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double min() {
            return ms.stream().mapToDouble(d -> d).min().orElse(0);
        }

        double max() {
            return ms.stream().mapToDouble(d -> d).max().orElse(0);
        }
    }

    Results(Harness.Settings settings, List<String> columns) {
        this.settings = settings;
        this.columns = columns;
    }

    private Cell cell(Harness.Workload workload, String impl) {
        workloads.putIfAbsent(workload.name(), workload);
        return cells.computeIfAbsent(workload.name(), k -> new LinkedHashMap<>()).computeIfAbsent(impl, k -> new Cell());
    }

    void add(Harness.Workload workload, String impl, double ms) {
        cell(workload, impl).ms.add(ms);
    }

    void skip(Harness.Workload workload, String impl) {
        cell(workload, impl).note = "n/a";
    }

    void mismatch(Harness.Workload workload, String impl, String problem) {
        cell(workload, impl).note = "MISMATCH";
    }

    private String text(String workload, String impl) {
        Cell c = cells.get(workload).get(impl);
        if (c == null) {
            return "-";
        }
        if (c.note != null) {
            return c.note;
        }
        if (c.ms.isEmpty()) {
            return "-";
        }
        String out = settings.repetitions() == 1 ? fmt(c.median()) : fmt(c.median()) + " (" + fmt(c.min()) + "–" + fmt(c.max()) + ")";
        Cell raw = cells.get(workload).get(RAW);
        if (raw != null && raw.note == null && !raw.ms.isEmpty()) {
            out += " ×" + String.format(Locale.ROOT, "%.2f", c.median() / raw.median());
        }
        return out;
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : "%.1f", ms);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| workload | ").append(String.join(" | ", columns)).append(" |\n|---|");
        columns.forEach(c -> out.append("---|"));
        out.append('\n');
        for (String w : cells.keySet()) {
            out.append("| ").append(w).append(" |");
            for (String c : columns) {
                out.append(' ').append(text(w, c)).append(" |");
            }
            out.append('\n');
        }
        out.append("\nms per workload run: median (min–max) over ").append(settings.repetitions())
                .append(" repetitions after ").append(settings.warmups()).append(" warm-up rounds, ×ratio to raw r2dbc's median; ")
                .append("dataset ").append(settings.data()).append(", pool size ").append(Harness.POOL_SIZE).append(".\n");
        return out.toString();
    }

    String json() {
        StringBuilder out = new StringBuilder("{\n  \"quick\": ").append(settings.quick())
                .append(",\n  \"dataset\": \"").append(settings.data()).append("\",\n  \"poolSize\": ").append(Harness.POOL_SIZE)
                .append(",\n  \"warmups\": ").append(settings.warmups()).append(",\n  \"repetitions\": ").append(settings.repetitions())
                .append(",\n  \"workloads\": [");
        boolean firstW = true;
        for (String w : cells.keySet()) {
            out.append(firstW ? "\n" : ",\n").append("    {\"name\": \"").append(w).append("\", \"description\": \"")
                    .append(workloads.get(w).description()).append("\", \"results\": [");
            firstW = false;
            boolean first = true;
            for (String c : columns) {
                Cell cell = cells.get(w).get(c);
                if (cell == null) {
                    continue;
                }
                out.append(first ? "\n" : ",\n").append("      {\"implementation\": \"").append(c).append('"');
                first = false;
                if (cell.note != null || cell.ms.isEmpty()) {
                    out.append(", \"note\": \"").append(cell.note == null ? "no data" : cell.note).append("\"}");
                    continue;
                }
                out.append(String.format(Locale.ROOT, ", \"medianMs\": %.3f, \"minMs\": %.3f, \"maxMs\": %.3f, \"runsMs\": %s}",
                        cell.median(), cell.min(), cell.max(), cell.ms.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList()));
            }
            out.append("\n    ]}");
        }
        return out.append("\n  ]\n}\n").toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>reactive-orm bench</title>"
                + "<style>body{font-family:sans-serif;margin:2em}svg text{font-size:12px}</style></head><body>\n"
                + "<h1>reactive-orm workload harness</h1>\n<p>Dataset " + settings.data() + ", pool size " + Harness.POOL_SIZE
                + ", median of " + settings.repetitions() + " repetition(s) after " + settings.warmups()
                + " warm-up round(s); whiskers show min–max. Shorter is better.</p>\n");
        for (String w : cells.keySet()) {
            out.append("<h2>").append(w).append("</h2>\n<p>").append(workloads.get(w).description()).append("</p>\n");
            double max = 0;
            for (Cell c : cells.get(w).values()) {
                if (c.note == null && !c.ms.isEmpty()) {
                    max = Math.max(max, c.max());
                }
            }
            int rowHeight = 24;
            int width = 760;
            int label = 160;
            int plot = width - label - 120;
            out.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">%n",
                    width, columns.size() * rowHeight + 10));
            int y = 5;
            for (String c : columns) {
                Cell cell = cells.get(w).get(c);
                out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 16, c));
                if (cell == null || cell.note != null || cell.ms.isEmpty() || max == 0) {
                    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\">%s</text>%n", label, y + 16,
                            cell == null || cell.note == null ? "-" : cell.note));
                } else {
                    double scale = plot / max;
                    out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                            label, y + 4, cell.median() * scale, c.startsWith("this ORM") ? "#2b7bb9" : "#9aa5b1"));
                    out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                            label + cell.min() * scale, label + cell.max() * scale, y + 12, y + 12));
                    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                            label + cell.max() * scale + 6, y + 16, text(w, c)));
                }
                y += rowHeight;
            }
            out.append("</svg>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String md = markdown();
        System.out.println();
        System.out.println(md);
        Files.writeString(dir.resolve("bench-results.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench-results.json"), json(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench-results.html"), html(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + dir.resolve("bench-results.json") + " and " + dir.resolve("bench-results.html"));
    }
}
