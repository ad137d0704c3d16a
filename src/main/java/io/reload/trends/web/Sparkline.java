package io.reload.trends.web;

import io.reload.protocol.domain.PainScore;
import io.reload.trends.service.TrendRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A dashboard row's sparkline as SVG: #{sparkline.points(row)} for the polyline of a box
 * {@value #WIDTH} by {@value #HEIGHT}, pain 0 at the bottom and 10 at the top, and its values
 * in words for screen readers.
 */
@Named("sparkline")
@ApplicationScoped
public class Sparkline {

    static final int WIDTH = 112;
    static final int HEIGHT = 24;

    /** "x,y x,y ..." of the days with a session. */
    public String points(TrendRow row) {
        List<Integer> pains = row.getSparkline();
        List<String> points = new ArrayList<>();
        for (int day = 0; day < pains.size(); day++) {
            Integer pain = pains.get(day);
            if (pain != null) {
                int x = pains.size() == 1 ? 0 : day * WIDTH / (pains.size() - 1);
                int y = HEIGHT - pain * HEIGHT / PainScore.MAX;
                points.add(x + "," + y);
            }
        }
        return String.join(" ", points);
    }

    /** The values, days without a session left out, e.g. "5, 4, 4". */
    public String values(TrendRow row) {
        return row.getSparkline().stream()
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
