package org.sepakat.supplier.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * SUP-7: the alignment check's words in English or Bahasa Indonesia, from one bundle beside the
 * rules, so the pages, the API and the risks it opens say the same: numbers as compared (never
 * rounded by the formatter), enums and weekdays by their names in the language.
 */
public final class AlignmentTexts {

    static final String BUNDLE = "org.sepakat.supplier.control.AlignmentMessages";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private AlignmentTexts() {}

    /** Bahasa Indonesia for "id", English otherwise. */
    public static Locale locale(String languageTag) {
        return languageTag != null && languageTag.startsWith("id") ? INDONESIAN : Locale.ENGLISH;
    }

    public static String text(Locale locale, String key, List<?> arguments) {
        Locale language = locale(locale == null ? null : locale.getLanguage());
        Object[] shown = arguments.stream().map(a -> shown(language, a)).toArray();
        return new MessageFormat(bundle(language).getString(key), language).format(shown);
    }

    /** The reason of a verdict. */
    public static String reason(Locale locale, Verdict verdict) {
        return text(locale, verdict.reasonKey(), verdict.arguments());
    }

    /** The name of an enum constant (a rule, a metric, a period, a status) in the language. */
    public static String label(Locale locale, Enum<?> value) {
        Locale language = locale(locale == null ? null : locale.getLanguage());
        return bundle(language).getString("label." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Each argument as a reader sees it: a number as compared, a name for an enum or a weekday. */
    public static String shown(Locale locale, Object argument) {
        Locale language = locale(locale == null ? null : locale.getLanguage());
        if (argument instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, language);
        }
        if (argument instanceof Enum<?> value) {
            return label(language, value);
        }
        return String.valueOf(argument);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                AlignmentTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
