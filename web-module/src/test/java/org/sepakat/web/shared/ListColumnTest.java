package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sepakat.party.entity.CustomerKind;

class ListColumnTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void aCodeIsExportedAsItsLabelInTheUsersLanguage() {
        ListColumn<CustomerKind> kind = ListColumn.label("party.kind", "enum.CustomerKind.", k -> k);

        assertThat(kind.value(CustomerKind.EXTERNAL, Locale.ENGLISH)).isEqualTo("External");
        assertThat(kind.value(CustomerKind.EXTERNAL, INDONESIAN)).isEqualTo("Eksternal");
        assertThat(kind.value(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void aMomentIsExportedWithItsZoneAndNumbersStayNumbers() {
        Instant moment = Instant.parse("2026-12-05T01:30:00Z");
        ListColumn<Object> column = ListColumn.of("party.changedAt", row -> row);

        String shown = (String) column.value(moment, Locale.ENGLISH);

        assertThat(shown)
                .isEqualTo(ListColumn.MOMENT.withZone(ZoneId.systemDefault()).format(moment))
                .matches("2026-12-0[45] \\d\\d:\\d\\d:00 [+-]\\d\\d:\\d\\d \\(.+\\)");
        assertThat(column.value(new BigDecimal("2.5"), Locale.ENGLISH)).isEqualTo(new BigDecimal("2.5"));
        assertThat(column.value(7L, Locale.ENGLISH)).isEqualTo(7L);
    }
}
