package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.LineDifference;
import org.sepakat.measurement.entity.LineDifference.Section;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.servicedata.entity.RecordKind;

/**
 * Compares a stored report's lines with the same report computed again, figure by figure: each
 * target's counted, within, attained and outcome; each limit's actual, share, previous (as reported, and its
 * restatement), change and outcome; each exclusion's amount. Targets and limits are matched by position (the same terms give
 * the same order), exclusions by subject, reason and detail. Numbers compare by value, not scale.
 */
public final class ReportComparison {

    private ReportComparison() {}

    /** Every figure that differs; empty when the two are identical. */
    public static List<LineDifference> compare(
            List<TargetResult> storedTargets,
            List<LimitResult> storedLimits,
            List<Exclusion> storedExclusions,
            ReportBuilder.Results recomputed) {
        List<LineDifference> differences = new ArrayList<>();
        lines(
                differences,
                Section.TARGET,
                storedTargets,
                recomputed.targets(),
                TargetResult::getName,
                Map.of(
                        "counted",
                        t -> t.getCounted(),
                        "withinTarget",
                        t -> t.getWithinTarget(),
                        "attained",
                        TargetResult::getAttained,
                        "outcome",
                        TargetResult::getOutcome));
        lines(
                differences,
                Section.LIMIT,
                storedLimits,
                recomputed.limits(),
                LimitResult::getName,
                Map.of(
                        "actual", LimitResult::getActual,
                        "shareOfLimit", LimitResult::getShareOfLimit,
                        "previousActual", LimitResult::getPreviousActual,
                        "previousRestated", LimitResult::getPreviousRestated,
                        "changePercent", LimitResult::getChangePercent,
                        "outcome", LimitResult::getOutcome));
        Map<String, Exclusion> stored = byKey(storedExclusions);
        Map<String, Exclusion> again = byKey(recomputed.exclusions());
        for (String key : union(stored, again)) {
            Exclusion s = stored.get(key);
            Exclusion r = again.get(key);
            BigDecimal storedAmount = s == null ? null : s.getAmount();
            BigDecimal recomputedAmount = r == null ? null : r.getAmount();
            if (s == null || r == null || !same(storedAmount, recomputedAmount)) {
                differences.add(new LineDifference(
                        Section.EXCLUSION, key, "amount", text(storedAmount), text(recomputedAmount), List.of()));
            }
        }
        return differences;
    }

    /** The kind of service records a line of the report counts, by its metric or exclusion reason. */
    public static RecordKind kindOf(String metricOrReason) {
        return switch (metricOrReason) {
            case "AVAILABILITY", "MAINTENANCE_WINDOW", "PLANNED_OUTAGE", "OUTSIDE_SERVICE_HOURS" -> RecordKind.OUTAGES;
            case "CUSTOM_KPI", "NAMED_USERS", "CUSTOM" -> RecordKind.KPI_VALUES;
            default -> RecordKind.TICKETS;
        };
    }

    private static <T> void lines(
            List<LineDifference> differences,
            Section section,
            List<T> stored,
            List<T> recomputed,
            Function<T, String> name,
            Map<String, Function<T, Object>> fields) {
        for (int i = 0; i < Math.max(stored.size(), recomputed.size()); i++) {
            T s = i < stored.size() ? stored.get(i) : null;
            T r = i < recomputed.size() ? recomputed.get(i) : null;
            String line = name.apply(s != null ? s : r);
            for (String field : fields.keySet().stream()
                    .sorted(ReportComparison::fieldOrder)
                    .toList()) {
                Object storedValue = s == null ? null : fields.get(field).apply(s);
                Object recomputedValue = r == null ? null : fields.get(field).apply(r);
                if (s == null || r == null || !same(storedValue, recomputedValue)) {
                    differences.add(new LineDifference(
                            section, line, field, text(storedValue), text(recomputedValue), List.of()));
                }
            }
        }
    }

    /** Fields in the order a report shows them. */
    private static int fieldOrder(String a, String b) {
        List<String> order = List.of(
                "counted",
                "withinTarget",
                "actual",
                "attained",
                "shareOfLimit",
                "previousActual",
                "previousRestated",
                "changePercent",
                "outcome");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static Map<String, Exclusion> byKey(List<Exclusion> exclusions) {
        Map<String, Exclusion> byKey = new LinkedHashMap<>();
        for (Exclusion e : exclusions) {
            byKey.put(
                    e.getAppliesTo() + " / " + e.getReason() + (e.getDetail() == null ? "" : " / " + e.getDetail()), e);
        }
        return byKey;
    }

    private static List<String> union(Map<String, Exclusion> a, Map<String, Exclusion> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
