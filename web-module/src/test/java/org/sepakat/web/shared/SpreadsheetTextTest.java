package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sepakat.export.SpreadsheetText;

/** A spreadsheet program never runs exported text as a formula. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+31 20 555", "-2+3", "@cmd", "\tindented", "\rreturn"})
    void textThatAFormulaCouldStartWithGetsAnApostrophe(String value) {
        assertThat(SpreadsheetText.neutralise(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {"ERP availability,ERP availability", "99.5 %,99.5 %", "a=b,a=b", "'quoted,'quoted"})
    void ordinaryTextStaysAsItIs(String value, String expected) {
        assertThat(SpreadsheetText.neutralise(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nothingStaysNothing() {
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "x;=1+1;|x;'=1+1;",
                "=A1,+A2;-A3|'=A1,'+A2;'-A3",
                "a; @cmd|a; '@cmd",
                "ERP; availability, 99.5 %|ERP; availability, 99.5 %",
                "a=b;c-d|a=b;c-d"
            })
    void everyPieceBetweenListSeparatorsIsNeutralised(String value, String expected) {
        assertThat(SpreadsheetText.neutraliseDelimited(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aNewLineOrTabStartsAPieceToo() {
        assertThat(SpreadsheetText.neutraliseDelimited("ok\n=HYPERLINK(\"x\")")).isEqualTo("ok\n'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetText.neutraliseDelimited("ok\t-2")).isEqualTo("ok\t'-2");
        assertThat(SpreadsheetText.neutraliseDelimited("=1")).isEqualTo("'=1");
        assertThat(SpreadsheetText.neutraliseDelimited(null)).isNull();
    }
}
