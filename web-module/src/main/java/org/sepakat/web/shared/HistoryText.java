package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.common.Messages;

/**
 * Names the fields of the history and of version comparisons in the user's language, and
 * shows their values as people read them (issue 12 §3): a stored code ("PROSPECT") by its label,
 * the words and codes of an agreement's line ("RESPONSE_TIME P1 within 4 h ... per MONTH") in
 * the page's language, user names by display names, moments in the user's zone with its name. The stored history keeps its raw values
 * as evidence; only what is shown changes. A line of a list ("target: Availability") is named by
 * its kind and keeps its own name.
 */
@Named
@ApplicationScoped
public class HistoryText {

    private static final String SEPARATOR = ": ";
    private static final Set<String> PEOPLE = Set.of(
            "managers",
            "owner",
            "providerApprover",
            "relationshipManagers",
            "contractManagers",
            "performanceManagers",
            "ourContact");
    private static final Set<String> LINES = Set.of("target", "limit", "maintenance", "hours");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
    /** The words the agreement's terms describe their lines with (shared.terms *Term.describe). */
    private static final Pattern LINE_PART = Pattern.compile(
            "\\b(?:(monthly on day|services pooled|no first response: missed|within|calendar|above|every|from|for|on|min|h)|([A-Z][A-Z0-9_]*[A-Z0-9]))\\b");

    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private static final Map<Locale, Map<String, String>> CODES = new ConcurrentHashMap<>();

    @Inject
    People people;

    @Inject
    UserSession user;

    public String field(String name) {
        return field(locale(), name);
    }

    /** A field's old or new value as the page shows it. */
    public String value(String field, String raw) {
        Optional<Instant> moment = moment(raw);
        if (moment.isPresent()) {
            return Moments.format(moment.get(), user.getZone(), locale());
        }
        return value(locale(), field, raw, people::names);
    }

    /** A stored moment ("2026-12-06T04:41:00.123Z", as {@link Instant#toString} writes it). */
    private static Optional<Instant> moment(String raw) {
        if (raw == null || !MOMENT.matcher(raw).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Who made a change, by the name they go by. */
    public String person(String username) {
        return people.name(username);
    }

    public static String field(Locale locale, String name) {
        if (name == null) {
            return "";
        }
        int separator = name.indexOf(SEPARATOR);
        if (separator > 0) {
            return label(locale, name.substring(0, separator))
                    + SEPARATOR
                    + name.substring(separator + SEPARATOR.length());
        }
        return label(locale, name);
    }

    /**
     * @param userNames turns a stored list of user names into display names
     */
    public static String value(Locale locale, String field, String raw, UnaryOperator<String> userNames) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String kind =
                field == null ? "" : field.contains(SEPARATOR) ? field.substring(0, field.indexOf(SEPARATOR)) : field;
        if (PEOPLE.contains(kind)) {
            return userNames.apply(raw);
        }
        if (LINES.contains(kind)) {
            return line(locale, raw);
        }
        if ("uiLocale".equals(kind)) {
            return Locale.forLanguageTag(raw).getDisplayLanguage(locale);
        }
        if (CODE.matcher(raw).matches()) {
            return codes(locale).getOrDefault(raw, raw);
        }
        return raw;
    }

    private static String line(Locale locale, String raw) {
        Map<String, String> codes = codes(locale);
        Matcher part = LINE_PART.matcher(raw);
        StringBuilder shown = new StringBuilder();
        while (part.find()) {
            String replacement;
            if (part.group(1) != null) {
                replacement =
                        Messages.text(locale, "history.word." + part.group(1).replaceAll("[^a-z]+", "_"));
            } else {
                String label = codes.get(part.group(2));
                boolean afterPer = raw.startsWith("per ", Math.max(0, part.start() - 4)) && part.start() >= 4;
                replacement = label == null ? part.group(2) : afterPer ? label.toLowerCase(locale) : label;
            }
            part.appendReplacement(shown, Matcher.quoteReplacement(replacement));
        }
        part.appendTail(shown);
        return shown.toString();
    }

    /** Every enum label of the bundle by its code: a code shared by two enums has one label in both. */
    private static Map<String, String> codes(Locale locale) {
        return CODES.computeIfAbsent(locale, l -> {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, l, Messages.class.getClassLoader());
            Map<String, String> labels = new HashMap<>();
            for (String key : Collections.list(bundle.getKeys())) {
                if (key.startsWith("enum.")) {
                    labels.putIfAbsent(key.substring(key.lastIndexOf('.') + 1), bundle.getString(key));
                }
            }
            return Map.copyOf(labels);
        });
    }

    private static String label(Locale locale, String name) {
        String key = "history.field." + name;
        String text = Messages.text(locale, key);
        return text.equals(key) ? name : text;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
