package org.sepakat.notification.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words a notification in a language, from this component's own bundle: the same text in the
 * application and in the e-mail, so the e-mail can be written where no page is.
 */
public final class NotificationText {

    static final String BUNDLE = "org.sepakat.notification.entity.NotificationMessages";
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    private NotificationText() {}

    /** The recipient's language tag ("en", "id"), or English when they chose none. */
    public static Locale locale(String languageTag) {
        return languageTag != null && "id".equals(languageTag.trim()) ? LANGUAGES.get(1) : Locale.ENGLISH;
    }

    public static String text(Locale locale, String key, List<String> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                NotificationText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + arguments;
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public static String text(Locale locale, Notification notification) {
        return text(locale, notification.getMessageKey(), notification.getArguments());
    }
}
