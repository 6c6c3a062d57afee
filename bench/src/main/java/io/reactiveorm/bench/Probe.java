package io.reactiveorm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import reactor.core.publisher.Mono;

/** What one run of a workload reports besides its time: per-operation latencies and the units it processed. */
final class Probe {
    private final List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
    private long units;
    private String unit = "";

    /**
     * @param operation one operation (a query)
     * @param <T> its value
     * @return the operation, recording its latency from subscription to completion
     */
    <T> Mono<T> timed(Mono<T> operation) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return operation.doOnTerminate(() -> latenciesMs.add((System.nanoTime() - start) / 1e6));
        });
    }

    /**
     * @param count how many units the run processed (for a rate)
     * @param name what they are ("q", "rows")
     */
    void units(long count, String name) {
        this.units = count;
        this.unit = name;
    }

    List<Double> latenciesMs() {
        synchronized (latenciesMs) {
            return List.copyOf(latenciesMs);
        }
    }

    long units() {
        return units;
    }

    String unit() {
        return unit;
    }
}
