package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * every visible string exists in English and in Bahasa Indonesia: the pages' bundles, and the
 * EJB module's validation and notification messages (on this module's test class path).
 */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/org/sepakat/web/i18n/messages",
                "/org/sepakat/web/i18n/faces",
                "/ValidationMessages",
                "/org/sepakat/notification/entity/NotificationMessages"
            })
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        Set<String> indonesian = new TreeSet<>(load(bundle + "_id.properties").stringPropertyNames());
        assertThat(indonesian).as("keys missing in Bahasa Indonesia").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(indonesian);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/org/sepakat/web/i18n/messages",
                "/ValidationMessages",
                "/org/sepakat/notification/entity/NotificationMessages"
            })
    void noValueIsLeftEmpty(String bundle) throws IOException {
        for (String suffix : new String[] {".properties", "_id.properties"}) {
            Properties properties = load(bundle + suffix);
            assertThat(properties.stringPropertyNames())
                    .allSatisfy(key -> assertThat(properties.getProperty(key))
                            .as(key + suffix)
                            .isNotBlank());
        }
    }
}
