package io.reload.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The response times of a run, per page, and the table the README asks for: p50, p95, p99,
 * requests per second, and each page's throughput as a share of the floor's (the home page).
 * Gatling's report has the percentiles too, but not the ratio.
 */
final class PageFigures {

    private final Map<String, ConcurrentLinkedQueue<Integer>> millisByPage = new ConcurrentHashMap<>();
    private volatile Instant first;
    private volatile Instant last;

    void record(String page, int millis) {
        Instant now = Instant.now();
        if (first == null) {
            first = now;
        }
        last = now;
        millisByPage
                .computeIfAbsent(page, name -> new ConcurrentLinkedQueue<>())
                .add(millis);
    }

    String table(String floor) {
        if (first == null) {
            return "No page was timed.";
        }
        double seconds = Math.max(1, Duration.between(first, last).toMillis() / 1000.0);
        double floorRate =
                millisByPage.getOrDefault(floor, new ConcurrentLinkedQueue<>()).size() / seconds;
        StringBuilder table = new StringBuilder(String.format(
                "%n| page | requests | req/s | p50 | p95 | p99 | vs. the %s |%n| --- | --- | --- | --- | --- | --- | --- |%n",
                floor));
        millisByPage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Integer> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            double rate = sorted.size() / seconds;
            table.append(String.format(
                    "| %s | %d | %.0f | %d ms | %d ms | %d ms | %.2f |%n",
                    entry.getKey(),
                    sorted.size(),
                    rate,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    floorRate == 0 ? 0 : rate / floorRate));
        });
        return table.toString();
    }

    /** The nearest-rank percentile. */
    private static int percentile(List<Integer> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
