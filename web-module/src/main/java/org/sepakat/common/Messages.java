package org.sepakat.common;

import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Words a business refusal in the user's language, for the UI and the REST API alike. The
 * bundles are the same ones the pages use.
 */
public final class Messages {

    /** The languages the bundles are written in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    public static final String BUNDLE = "org.sepakat.web.i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** One field's problem, worded. */
    public record FieldText(String field, String message) {}

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(localized(locale, arguments));
    }

    public static String text(Locale locale, BusinessException e) {
        return text(locale, e.messageKey(), e.arguments().toArray());
    }

    public static List<FieldText> fields(Locale locale, InvalidInput e) {
        return e.problems().stream()
                .map(p -> new FieldText(p.field(), text(locale, p)))
                .toList();
    }

    public static String text(Locale locale, FieldProblem problem) {
        if (problem.violation() != null) {
            return interpolate(locale, problem.violation());
        }
        return text(locale, problem.messageKey(), problem.arguments().toArray());
    }

    /** Fills a Bean Validation template from ValidationMessages and the constraint's attributes. */
    private static String interpolate(Locale locale, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        ResourceBundle messages = bundle(VALIDATION_BUNDLE, locale, FieldProblem.class.getClassLoader());
        String resolved = replace(template, name -> messages.containsKey(name) ? messages.getString(name) : null);
        resolved =
                replace(resolved, name -> attributes.containsKey(name) ? String.valueOf(attributes.get(name)) : null);
        return resolved.equals(template) ? violation.getMessage() : resolved;
    }

    private static String replace(String text, java.util.function.Function<String, String> lookup) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = lookup.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Enum constants are shown by their bundle label ("ACTIVE" becomes "Aktif"). */
    private static Object[] localized(Locale locale, Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof Enum<?> constant) {
                result[i] =
                        text(locale, "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
            }
        }
        return result;
    }

    private static ResourceBundle bundle(String name, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(name, locale == null ? Locale.ENGLISH : locale, loader, NO_FALLBACK);
    }
}
