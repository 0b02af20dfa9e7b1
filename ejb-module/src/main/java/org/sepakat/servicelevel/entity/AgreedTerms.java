package org.sepakat.servicelevel.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WorkloadMetric;

/**
 * SLM-9: the terms of an SLA as both sides agreed them, in a form that turns back into its typed
 * content — services, targets, workload limits, maintenance windows, excluded categories, time zone
 * and the calendars (by code) — so that a period is measured by what was agreed, not by a revision
 * being drafted. Kept as JSON with each agreed version.
 *
 * <p>The one list of what "the terms" of an SLA are: the agreement hands its content out as this
 * value ({@link ServiceLevelAgreement#terms()}), each agreed version keeps it, its content lines and
 * the published {@link MeasurableAgreement} are made from it.
 */
public record AgreedTerms(
        String title,
        List<CoveredService> services,
        String requirements,
        LocalDate validFrom,
        LocalDate validTo,
        ReviewCadence reviewCadence,
        String timeZone,
        List<AgreementTarget> targets,
        List<WorkloadLimit> limits,
        List<MaintenanceWindow> windows,
        List<String> excludedCategories,
        String forceMajeure,
        boolean exceptionsStated) {

    public AgreedTerms {
        Objects.requireNonNull(title);
        Objects.requireNonNull(reviewCadence);
        Objects.requireNonNull(timeZone);
        services = List.copyOf(services);
        targets = List.copyOf(targets);
        limits = List.copyOf(limits);
        windows = List.copyOf(windows);
        excludedCategories = List.copyOf(excludedCategories);
    }

    /**
     * The terms as ordered lines, after the title the customer: what a version keeps, what two
     * versions are compared on, and what the history records.
     */
    public Map<String, String> lines(String customerCode) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("title", title);
        lines.put("customer", customerCode);
        lines.put(
                "services",
                services.stream().map(CoveredService::getServiceCode).sorted().collect(Collectors.joining(", ")));
        lines.put("requirements", requirements);
        lines.put("validFrom", validFrom == null ? null : validFrom.toString());
        lines.put("validTo", validTo == null ? null : validTo.toString());
        lines.put("reviewCadence", reviewCadence.name());
        lines.put("timeZone", timeZone);
        targets.forEach(t -> lines.put("target: " + t.getName(), t.describe()));
        limits.forEach(l -> lines.put("limit: " + l.getName(), l.describe()));
        windows.forEach(w -> lines.put("maintenance: " + w.getName(), w.describe()));
        lines.put("excludedCategories", String.join(", ", excludedCategories));
        lines.put("forceMajeure", forceMajeure);
        lines.put("exceptionsStated", String.valueOf(exceptionsStated));
        return lines;
    }

    /** The codes of the calendars the targets name. */
    public Set<String> calendarCodes() {
        return targets.stream()
                .map(AgreementTarget::getCalendarCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * These terms as the measurement engine reads them, for {@code identity}'s customer; of
     * {@code calendars} (by code) those the targets name, a missing one left out.
     */
    public MeasurableAgreement measurable(
            AgreementIdentity identity, long customerId, String customerCode, Map<String, CalendarTerm> calendars) {
        return new MeasurableAgreement(
                identity,
                DataScope.ofCustomer(
                        customerId,
                        customerCode,
                        services.stream().map(CoveredService::term).toList(),
                        excludedCategories),
                timeZone,
                targets.stream().map(AgreementTarget::term).toList(),
                limits.stream().map(WorkloadLimit::term).toList(),
                windows.stream().map(MaintenanceWindow::term).toList(),
                calendarCodes().stream()
                        .map(calendars::get)
                        .filter(Objects::nonNull)
                        .toList());
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "title", title);
        json.add(
                "services",
                array(
                        services,
                        s -> Json.createObjectBuilder()
                                .add("id", s.getServiceId())
                                .add("code", s.getServiceCode())));
        put(json, "requirements", requirements);
        put(json, "validFrom", validFrom);
        put(json, "validTo", validTo);
        put(json, "reviewCadence", reviewCadence);
        put(json, "timeZone", timeZone);
        json.add("targets", array(targets, AgreedTerms::target));
        json.add("limits", array(limits, AgreedTerms::limit));
        json.add("windows", array(windows, AgreedTerms::window));
        JsonArrayBuilder categories = Json.createArrayBuilder();
        excludedCategories.forEach(categories::add);
        json.add("excludedCategories", categories);
        put(json, "forceMajeure", forceMajeure);
        json.add("exceptionsStated", exceptionsStated);
        return json.build().toString();
    }

    /** The terms written by {@link #toJson()}; each item is checked again by its constructor. */
    public static AgreedTerms fromJson(String text) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        return new AgreedTerms(
                text(json, "title"),
                list(
                        json,
                        "services",
                        s -> new CoveredService(s.getJsonNumber("id").longValue(), text(s, "code"))),
                text(json, "requirements"),
                date(json, "validFrom"),
                date(json, "validTo"),
                ReviewCadence.valueOf(text(json, "reviewCadence")),
                text(json, "timeZone"),
                list(json, "targets", AgreedTerms::target),
                list(json, "limits", AgreedTerms::limit),
                list(json, "windows", AgreedTerms::window),
                json.getJsonArray("excludedCategories").getValuesAs(JsonString::getString),
                text(json, "forceMajeure"),
                json.getBoolean("exceptionsStated"));
    }

    private static JsonObjectBuilder target(AgreementTarget t) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "name", t.getName());
        put(json, "metric", t.getMetric());
        put(json, "comparison", t.getComparison());
        put(json, "threshold", t.getThreshold());
        put(json, "unit", t.getUnit());
        put(json, "period", t.getPeriod());
        put(json, "calendarCode", t.getCalendarCode());
        put(json, "priority", t.getPriority());
        put(json, "withinHours", t.getWithinHours());
        put(json, "availabilityScope", t.getAvailabilityScope());
        put(json, "noResponse", t.getNoResponse());
        return json;
    }

    /**
     * Terms kept before changelog 022 name no options, and were measured by what those options now
     * say explicitly: an availability target pooled its services, a missing first response was the
     * resolution (the default). So an old version is measured, and its reports reproduced, as before.
     */
    private static AgreementTarget target(JsonObject t) {
        String scope =
                t.containsKey("availabilityScope") ? text(t, "availabilityScope") : AvailabilityScope.POOLED.name();
        String noResponse = text(t, "noResponse");
        return AgreementTarget.of(new TargetTerm(
                text(t, "name"),
                TargetMetric.valueOf(text(t, "metric")),
                Comparison.valueOf(text(t, "comparison")),
                decimal(t, "threshold"),
                text(t, "unit"),
                MeasurementPeriod.valueOf(text(t, "period")),
                text(t, "calendarCode"),
                text(t, "priority"),
                decimal(t, "withinHours"),
                scope == null ? null : AvailabilityScope.valueOf(scope),
                noResponse == null ? null : NoResponseRule.valueOf(noResponse)));
    }

    private static JsonObjectBuilder limit(WorkloadLimit l) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "name", l.getName());
        put(json, "metric", l.getMetric());
        put(json, "ticketKind", l.getTicketKind());
        json.add("maximum", l.getMaximum());
        put(json, "period", l.getPeriod());
        put(json, "overLimit", l.getOverLimit());
        return json;
    }

    private static WorkloadLimit limit(JsonObject l) {
        return new WorkloadLimit(
                text(l, "name"),
                WorkloadMetric.valueOf(text(l, "metric")),
                text(l, "ticketKind"),
                l.getJsonNumber("maximum").longValueExact(),
                MeasurementPeriod.valueOf(text(l, "period")),
                OverLimitRule.valueOf(text(l, "overLimit")));
    }

    private static JsonObjectBuilder window(MaintenanceWindow w) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "name", w.getName());
        put(json, "recurrence", w.getRecurrence());
        put(json, "onDate", w.getOnDate());
        put(json, "onDayOfWeek", w.getOnDayOfWeek());
        put(json, "onDayOfMonth", w.getOnDayOfMonth());
        put(json, "startsAt", w.getStartsAt());
        json.add("durationMinutes", w.getDurationMinutes());
        return json;
    }

    private static MaintenanceWindow window(JsonObject w) {
        String day = text(w, "onDayOfWeek");
        String dayOfMonth = text(w, "onDayOfMonth");
        return new MaintenanceWindow(
                text(w, "name"),
                Recurrence.valueOf(text(w, "recurrence")),
                date(w, "onDate"),
                day == null ? null : DayOfWeek.valueOf(day),
                dayOfMonth == null ? null : Integer.valueOf(dayOfMonth),
                LocalTime.parse(text(w, "startsAt")),
                w.getInt("durationMinutes"));
    }

    /** Every value as its exact text (decimals keep their scale), or JSON null. */
    private static void put(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof BigDecimal decimal) {
            json.add(key, decimal.toPlainString());
        } else if (value instanceof Enum<?> constant) {
            json.add(key, constant.name());
        } else {
            json.add(key, value.toString());
        }
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> item) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(i -> array.add(item.apply(i)));
        return array;
    }

    private static <T> List<T> list(JsonObject json, String key, Function<JsonObject, T> item) {
        JsonArray array = json.getJsonArray(key);
        return array.getValuesAs(JsonObject.class).stream().map(item).toList();
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : json.getString(key);
    }

    private static LocalDate date(JsonObject json, String key) {
        String value = text(json, key);
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal decimal(JsonObject json, String key) {
        String value = text(json, key);
        return value == null ? null : new BigDecimal(value);
    }
}
