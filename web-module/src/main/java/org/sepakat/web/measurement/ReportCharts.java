package org.sepakat.web.measurement;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sepakat.measurement.entity.TargetPoint;
import org.sepakat.measurement.entity.WorkloadPoint;
import org.sepakat.shared.entity.Period;
import org.sepakat.web.shared.ScriptJson;

/**
 * Chart.js configurations (as PrimeFaces {@code p:chart} takes them) of an SLA's figures over
 * time: attainment per target with its threshold as a dashed line, and workload per limit as
 * bars with the maximum as a line. A period without a figure stays a gap, never a zero. The
 * configuration is written into the page's script, so it goes out through {@link ScriptJson}.
 */
public final class ReportCharts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] COLOURS = {"#1f6fb2", "#c2410c", "#15803d", "#7c3aed", "#b91c1c", "#0f766e"};

    /** One line or bar: a name and a value per period (null where the period has none). */
    public record Series(String name, List<BigDecimal> values) implements Serializable {}

    /** The periods along the x axis and, per target or limit, its measured series and its limit series. */
    public record Chart(List<String> periods, List<Series> measured, List<Series> limits) implements Serializable {}

    private ReportCharts() {}

    public static Chart attainment(List<TargetPoint> points) {
        return chart(points, TargetPoint::period, TargetPoint::target, TargetPoint::attained, TargetPoint::threshold);
    }

    public static Chart workload(List<WorkloadPoint> points) {
        return chart(
                points,
                WorkloadPoint::period,
                WorkloadPoint::limit,
                WorkloadPoint::actual,
                p -> BigDecimal.valueOf(p.maximum()));
    }

    private static <P> Chart chart(
            List<P> points,
            Function<P, Period> period,
            Function<P, String> name,
            Function<P, BigDecimal> measured,
            Function<P, BigDecimal> limit) {
        List<Period> periods =
                new ArrayList<>(new TreeSet<>(points.stream().map(period).toList()));
        Map<String, BigDecimal[]> values = new LinkedHashMap<>();
        Map<String, BigDecimal[]> limits = new LinkedHashMap<>();
        for (P point : points) {
            int at = periods.indexOf(period.apply(point));
            values.computeIfAbsent(name.apply(point), n -> new BigDecimal[periods.size()])[at] = measured.apply(point);
            limits.computeIfAbsent(name.apply(point), n -> new BigDecimal[periods.size()])[at] = limit.apply(point);
        }
        return new Chart(periods.stream().map(Period::toString).toList(), series(values), series(limits));
    }

    private static List<Series> series(Map<String, BigDecimal[]> byName) {
        return byName.entrySet().stream()
                .map(e -> new Series(e.getKey(), java.util.Arrays.asList(e.getValue())))
                .toList();
    }

    /** A line chart: measured values solid, their thresholds dashed in the same colour. */
    public static String lineJson(Chart chart, String title, String limitSuffix) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < chart.measured().size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            datasets.add(dataset(
                    "line",
                    chart.measured().get(i).name(),
                    chart.measured().get(i).values(),
                    colour,
                    false));
            datasets.add(dataset(
                    "line",
                    chart.limits().get(i).name() + " " + limitSuffix,
                    chart.limits().get(i).values(),
                    colour,
                    true));
        }
        return config("line", chart, datasets, title, around(chart, true));
    }

    /**
     * One chart per target or limit over the same periods, each with its own threshold or maximum, so
     * each axis is scaled around its own line: 99.5 % availability and 90 % resolution in one chart would
     * squeeze both (issue 12 §3).
     */
    public static List<Chart> each(Chart chart) {
        List<Chart> charts = new ArrayList<>();
        for (int i = 0; i < chart.measured().size(); i++) {
            charts.add(new Chart(
                    chart.periods(),
                    List.of(chart.measured().get(i)),
                    List.of(chart.limits().get(i))));
        }
        return charts;
    }

    /**
     * The axis scaled around the thresholds or maxima and the figures shown (issue 12 §3): 99.5 against
     * 99.8 must be told apart, which a 0–100 axis hides; so must 96 tickets against a maximum of 100. A
     * quarter of the span is left on either side (for shares at least 0.1, never above 100 when every
     * figure is at most 100; for counts at least 1, on whole numbers), never below 0.
     */
    static Optional<BigDecimal[]> around(Chart chart, boolean shares) {
        List<BigDecimal> shown = Stream.concat(chart.measured().stream(), chart.limits().stream())
                .flatMap(series -> series.values().stream())
                .filter(Objects::nonNull)
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal low = Collections.min(shown);
        BigDecimal high = Collections.max(shown);
        BigDecimal least = shares ? new BigDecimal("0.1") : BigDecimal.ONE;
        BigDecimal margin = high.subtract(low).multiply(new BigDecimal("0.25")).max(least);
        int scale = shares && high.subtract(low).compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
        BigDecimal min =
                low.subtract(margin).setScale(scale, RoundingMode.FLOOR).max(BigDecimal.ZERO.min(low));
        BigDecimal max = high.add(margin).setScale(scale, RoundingMode.CEILING);
        if (shares && high.compareTo(HUNDRED) <= 0) {
            max = max.min(HUNDRED);
        }
        return Optional.of(new BigDecimal[] {min, max});
    }

    /** A bar chart of the measured values, with each limit as a dashed line over the bars. */
    public static String barJson(Chart chart, String title, String limitSuffix) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < chart.measured().size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            datasets.add(dataset(
                    "bar",
                    chart.measured().get(i).name(),
                    chart.measured().get(i).values(),
                    colour,
                    false));
            datasets.add(dataset(
                    "line",
                    chart.limits().get(i).name() + " " + limitSuffix,
                    chart.limits().get(i).values(),
                    colour,
                    true));
        }
        return config("bar", chart, datasets, title, around(chart, false));
    }

    private static JsonObjectBuilder dataset(
            String type, String label, List<BigDecimal> values, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("type", type)
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", "bar".equals(type) ? colour + "99" : colour)
                .add("fill", false)
                .add("spanGaps", false);
        if (dashed) {
            dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return dataset;
    }

    private static String config(
            String type, Chart chart, JsonArrayBuilder datasets, String title, Optional<BigDecimal[]> axis) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.periods().forEach(labels::add);
        JsonObjectBuilder scales = Json.createObjectBuilder();
        axis.ifPresent(range ->
                scales.add("y", Json.createObjectBuilder().add("min", range[0]).add("max", range[1])));
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("scales", scales)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title))))
                .build());
    }
}
