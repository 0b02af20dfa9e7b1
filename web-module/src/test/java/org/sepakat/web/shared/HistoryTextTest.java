package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 §3: the history and the version comparison show labels and names, never codes or user names. */
class HistoryTextTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Map<String, String> NAMES =
            Map.of("slaman", "Sari Service Level", "relman", "Rudi Relationship");
    private static final UnaryOperator<String> PEOPLE = list -> String.join(
            ", ",
            java.util.Arrays.stream(list.split(","))
                    .map(String::strip)
                    .map(u -> NAMES.getOrDefault(u, u))
                    .toList());

    @Test
    @DisplayName("A stored code is shown by its label in both languages (PROSPECT, OPEN, RED)")
    void codesByLabel() {
        assertThat(HistoryText.value(Locale.ENGLISH, "status", "PROSPECT", PEOPLE))
                .isEqualTo("Prospect");
        assertThat(HistoryText.value(ID, "status", "PROSPECT", PEOPLE)).isEqualTo("Prospek");
        assertThat(HistoryText.value(ID, "status", "OPEN", PEOPLE)).isEqualTo("Terbuka");
        assertThat(HistoryText.value(ID, "rating", "RED", PEOPLE)).isEqualTo("Merah");
    }

    @Test
    @DisplayName("An agreement's line shows its metric, period and words in the page's language")
    void linesInTheLanguage() {
        String raw = "RESPONSE_TIME P1 within 4 h ≥ 95 % per MONTH, calendar OFFICE";
        assertThat(HistoryText.value(Locale.ENGLISH, "target: P1 response", raw, PEOPLE))
                .isEqualTo("Response time P1 within 4 h ≥ 95 % per month, calendar OFFICE");
        assertThat(HistoryText.value(ID, "target: P1 response", raw, PEOPLE))
                .isEqualTo("Waktu tanggap P1 dalam 4 jam ≥ 95 % per bulan, kalender OFFICE");
        assertThat(HistoryText.value(ID, "limit: Incidents", "TICKETS ≤ 100 per MONTH, above: REPORT_ONLY", PEOPLE))
                .isEqualTo("Tiket ≤ 100 per bulan, jika melampaui: Hanya dilaporkan");
        assertThat(HistoryText.value(
                        ID, "target: Availability", "AVAILABILITY ≥ 99.5 % per MONTH, 24x7, services pooled", PEOPLE))
                .isEqualTo("Ketersediaan ≥ 99.5 % per bulan, 24x7, layanan digabung");
        assertThat(HistoryText.value(
                        ID,
                        "target: P1 response",
                        "RESPONSE_TIME P1 within 1 h ≥ 90 % per MONTH, no first response: missed",
                        PEOPLE))
                .isEqualTo("Waktu tanggap P1 dalam 1 jam ≥ 90 % per bulan, tanpa tanggapan pertama: terlewat");
    }

    @Test
    @DisplayName("User names are shown as display names; free text stays as typed")
    void peopleByNameAndTextAsTyped() {
        assertThat(HistoryText.value(Locale.ENGLISH, "managers", "relman, slaman", PEOPLE))
                .isEqualTo("Rudi Relationship, Sari Service Level");
        assertThat(HistoryText.value(Locale.ENGLISH, "providerApprover", "slaman", PEOPLE))
                .isEqualTo("Sari Service Level");
        assertThat(HistoryText.value(ID, "description", "Call the PROSPECT within 4 h", PEOPLE))
                .isEqualTo("Call the PROSPECT within 4 h");
        assertThat(HistoryText.value(ID, "uiLocale", "id", PEOPLE)).isEqualTo("Indonesia");
    }
}
