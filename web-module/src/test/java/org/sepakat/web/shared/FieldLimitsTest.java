package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    private static final Pattern HINT = Pattern.compile("fieldLimits\\.hint\\('([^']+)', '([^']+)'\\)");

    @Test
    @DisplayName("A field's limit is the command's @Size, the number the save refuses by")
    void limitIsTheCommandsSize() {
        FieldLimits limits = new FieldLimits();
        assertThat(limits.max("org.sepakat.servicelevel.entity.SlaData", "title"))
                .isEqualTo(200);
        assertThat(limits.max("org.sepakat.servicelevel.entity.SlaData", "requirements"))
                .isEqualTo(4000);
        assertThat(limits.max("org.sepakat.servicelevel.entity.CalendarData$Day", "name"))
                .isEqualTo(200);
    }

    @Test
    @DisplayName("A page naming a field without a limit, or no field at all, fails instead of showing a wrong limit")
    void unknownFieldFailsLoudly() {
        FieldLimits limits = new FieldLimits();
        assertThatThrownBy(() -> limits.max("org.sepakat.servicelevel.entity.SlaData", "validFrom"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no @Size");
        assertThatThrownBy(() -> limits.max("org.sepakat.servicelevel.entity.SlaData", "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Every limit a page shows names a field with a @Size")
    void everyHintOnAPageResolves() throws IOException {
        FieldLimits limits = new FieldLimits();
        List<String[]> hints;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            hints = pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .flatMap(FieldLimitsTest::hints)
                    .toList();
        }
        assertThat(hints).hasSizeGreaterThan(20);
        for (String[] hint : hints) {
            assertThat(limits.max(hint[0], hint[1])).as(hint[0] + "." + hint[1]).isPositive();
        }
    }

    private static Stream<String[]> hints(Path page) {
        try {
            Matcher m = HINT.matcher(Files.readString(page));
            Stream.Builder<String[]> found = Stream.builder();
            while (m.find()) {
                found.add(new String[] {m.group(1), m.group(2)});
            }
            return found.build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
