package io.reactiveorm.bench;

import io.reactiveorm.bench.Workloads.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects timings per workload and implementation; writes the markdown tables (times, then throughput, latency and
 * heap where a workload measures them), JSON and HTML (one SVG bar chart per workload).
 */
final class Results {
    private static final String RAW = "raw r2dbc";

    private final Harness.Settings settings;
    private final List<String> columns;
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();

    /** The measured runs of one implementation on one workload, or why there are none. */
    private static final class Cell {
        final List<Double> ms = new ArrayList<>();
        final List<Double> rates = new ArrayList<>();
        final List<Double> latencies = new ArrayList<>();
        final List<Double> heapPeaks = new ArrayList<>();
        final List<Double> heapLive = new ArrayList<>();
        String unit = "";
        boolean streams = true;
        @Nullable String note;
        @Nullable String problem;

        boolean measured() {
            return note == null && !ms.isEmpty();
        }
    }

    Results(Harness.Settings settings, List<String> columns) {
        this.settings = settings;
        this.columns = columns;
    }

    private Cell cell(Workload workload, String impl) {
        workloads.putIfAbsent(workload.name(), workload);
        return cells.computeIfAbsent(workload.name(), k -> new LinkedHashMap<>()).computeIfAbsent(impl, k -> new Cell());
    }

    void add(Workload workload, String impl, double ms, Probe probe, HeapProbe.@Nullable Heap heap, boolean streams) {
        Cell c = cell(workload, impl);
        c.ms.add(ms);
        c.latencies.addAll(probe.latenciesMs());
        if (probe.units() > 0) {
            c.rates.add(probe.units() / (ms / 1000));
            c.unit = probe.unit();
        }
        if (heap != null) {
            c.heapPeaks.add(heap.peakMb());
            c.heapLive.add(heap.liveMb());
            c.streams = streams;
        }
    }

    void skip(Workload workload, String impl) {
        cell(workload, impl).note = "n/a";
    }

    void mismatch(Workload workload, String impl, String problem) {
        Cell c = cell(workload, impl);
        c.note = "MISMATCH";
        c.problem = problem;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** @return the value at percentile p (nearest rank) */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(d -> d).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(d -> d).max().orElse(0);
    }

    private @Nullable Double ratio(String workload, Cell c) {
        Cell raw = cells.get(workload).get(RAW);
        return raw != null && raw.measured() ? median(c.ms) / median(raw.ms) : null;
    }

    /** @return median (min–max) ×ratio, or why there is none */
    private String text(String workload, String impl) {
        Cell c = cells.get(workload).get(impl);
        if (c == null) {
            return "-";
        }
        if (!c.measured()) {
            return c.note == null ? "-" : c.note;
        }
        String out = c.ms.size() == 1 ? fmt(median(c.ms)) : fmt(median(c.ms)) + " (" + fmt(min(c.ms)) + "–" + fmt(max(c.ms)) + ")";
        Double ratio = ratio(workload, c);
        return ratio == null ? out : out + String.format(Locale.ROOT, " ×%.2f", ratio);
    }

    /** @return throughput, latency percentiles and heap, as measured; empty if the workload measures none */
    private String details(String workload, String impl) {
        Cell c = cells.get(workload).get(impl);
        if (c == null || !c.measured()) {
            return c == null || c.note == null ? "-" : c.note;
        }
        List<String> parts = new ArrayList<>();
        if (!c.heapPeaks.isEmpty() && !c.streams) {
            parts.add("list, no streaming");
        }
        if (!c.rates.isEmpty()) {
            double rate = median(c.rates);
            parts.add((rate >= 10_000 ? String.format(Locale.ROOT, "%.0fk", rate / 1000) : String.format(Locale.ROOT, "%.0f", rate))
                    + " " + c.unit + "/s");
        }
        if (!c.latencies.isEmpty()) {
            parts.add("p50 " + fmt(percentile(c.latencies, 50)) + " / p99 " + fmt(percentile(c.latencies, 99)) + " ms");
        }
        if (!c.heapPeaks.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "heap +%.0f MB (after GC +%.0f)", median(c.heapPeaks), median(c.heapLive)));
        }
        return String.join(", ", parts);
    }

    private boolean hasDetails(String workload) {
        return cells.get(workload).values().stream().anyMatch(c -> c.measured()
                && (!c.rates.isEmpty() || !c.latencies.isEmpty() || !c.heapPeaks.isEmpty()));
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }

    private String header() {
        StringBuilder out = new StringBuilder("| workload | ").append(String.join(" | ", columns)).append(" |\n|---|");
        columns.forEach(c -> out.append("---|"));
        return out.append('\n').toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder(header());
        for (String w : cells.keySet()) {
            out.append("| ").append(w).append(" |");
            for (String c : columns) {
                out.append(' ').append(text(w, c)).append(" |");
            }
            out.append('\n');
        }
        out.append("\nms per workload run: median (min–max) over ").append(settings.repetitions()).append(" repetitions after ")
                .append(settings.warmups()).append(" warm-up rounds (concurrency, blog insert, export and bulk load: ")
                .append(settings.heavyRepetitions()).append(" after ").append(settings.heavyWarmups())
                .append("), ×ratio to raw r2dbc's median; dataset ").append(settings.data()).append(", pool size ")
                .append(Harness.POOL_SIZE).append(".\n");
        out.append("\nThroughput (median of the runs), latency percentiles (all queries of the measured runs) and heap:\n\n")
                .append(header());
        for (String w : cells.keySet()) {
            if (hasDetails(w)) {
                out.append("| ").append(w).append(" |");
                for (String c : columns) {
                    out.append(' ').append(details(w, c)).append(" |");
                }
                out.append('\n');
            }
        }
        out.append("\nheap: MB above the heap in use after a full GC just before the run; first the peak in use (sampled every"
                + " 5 ms, garbage included), then the peak left after a GC during the run (what the run held on to).\n");
        List<String> problems = new ArrayList<>();
        cells.forEach((w, byImpl) -> byImpl.forEach((impl, c) -> {
            if (c.problem != null) {
                problems.add("- " + w + ", " + impl + ": " + c.problem);
            }
        }));
        if (!problems.isEmpty()) {
            out.append("\nMISMATCHES:\n").append(String.join("\n", problems)).append('\n');
        }
        return out.toString();
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(ch < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    String json() {
        StringBuilder out = new StringBuilder("{\n  \"quick\": ").append(settings.quick())
                .append(",\n  \"dataset\": ").append(json(settings.data().toString())).append(",\n  \"poolSize\": ").append(Harness.POOL_SIZE)
                .append(",\n  \"fetchSize\": ").append(Harness.FETCH_SIZE)
                .append(",\n  \"workloads\": [");
        boolean firstW = true;
        for (String w : cells.keySet()) {
            Workload workload = workloads.get(w);
            out.append(firstW ? "\n" : ",\n").append("    {\"name\": ").append(json(w)).append(", \"description\": ")
                    .append(json(workload.description())).append(", \"warmups\": ").append(settings.warmups(workload))
                    .append(", \"repetitions\": ").append(settings.repetitions(workload)).append(", \"results\": [");
            firstW = false;
            boolean first = true;
            for (String c : columns) {
                Cell cell = cells.get(w).get(c);
                if (cell == null) {
                    continue;
                }
                out.append(first ? "\n" : ",\n").append("      {\"implementation\": ").append(json(c));
                first = false;
                if (!cell.measured()) {
                    out.append(", \"note\": ").append(json(cell.note == null ? "no data" : cell.note));
                    if (cell.problem != null) {
                        out.append(", \"problem\": ").append(json(cell.problem));
                    }
                    out.append('}');
                    continue;
                }
                out.append(", \"medianMs\": ").append(number(median(cell.ms))).append(", \"minMs\": ").append(number(min(cell.ms)))
                        .append(", \"maxMs\": ").append(number(max(cell.ms)))
                        .append(", \"runsMs\": ").append(cell.ms.stream().map(Results::number).toList());
                Double ratio = ratio(w, cell);
                if (ratio != null) {
                    out.append(", \"ratioToRaw\": ").append(number(ratio));
                }
                if (!cell.rates.isEmpty()) {
                    out.append(", \"perSecond\": ").append(number(median(cell.rates))).append(", \"unit\": ").append(json(cell.unit));
                }
                if (!cell.latencies.isEmpty()) {
                    out.append(", \"p50Ms\": ").append(number(percentile(cell.latencies, 50)))
                            .append(", \"p99Ms\": ").append(number(percentile(cell.latencies, 99)));
                }
                if (!cell.heapPeaks.isEmpty()) {
                    out.append(", \"streams\": ").append(cell.streams).append(", \"heapPeakMb\": ").append(number(median(cell.heapPeaks)))
                            .append(", \"heapAfterGcMb\": ").append(number(median(cell.heapLive)));
                }
                out.append('}');
            }
            out.append("\n    ]}");
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    String html() {
        StringBuilder out = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>reactive-orm bench</title>"
                + "<style>body{font-family:sans-serif;margin:2em}svg text{font-size:12px}</style></head><body>\n"
                + "<h1>reactive-orm workload harness</h1>\n<p>Dataset " + html(settings.data().toString()) + ", pool size "
                + Harness.POOL_SIZE + ", median of " + settings.repetitions() + " repetition(s) after " + settings.warmups()
                + " warm-up round(s) (heavy workloads: " + settings.heavyRepetitions() + " after " + settings.heavyWarmups()
                + "); whiskers show min–max. Shorter is better.</p>\n");
        for (String w : cells.keySet()) {
            out.append("<h2>").append(html(w)).append("</h2>\n<p>").append(html(workloads.get(w).description())).append("</p>\n");
            double max = 0;
            for (Cell c : cells.get(w).values()) {
                if (c.measured()) {
                    max = Math.max(max, max(c.ms));
                }
            }
            int rowHeight = 24;
            int label = 160;
            int plot = 480;
            boolean details = hasDetails(w);
            int width = label + plot + (details ? 520 : 160);
            out.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">%n",
                    width, columns.size() * rowHeight + 10));
            int y = 5;
            for (String c : columns) {
                Cell cell = cells.get(w).get(c);
                out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 16, html(c)));
                if (cell == null || !cell.measured() || max == 0) {
                    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\">%s</text>%n", label, y + 16,
                            cell == null || cell.note == null ? "-" : cell.note));
                } else {
                    double scale = plot / max;
                    String label2 = text(w, c) + (details ? " · " + details(w, c) : "");
                    out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                            label, y + 4, median(cell.ms) * scale, c.startsWith("this ORM") ? "#2b7bb9" : "#9aa5b1"));
                    out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                            label + min(cell.ms) * scale, label + max(cell.ms) * scale, y + 12, y + 12));
                    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                            label + max(cell.ms) * scale + 6, y + 16, html(label2)));
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
