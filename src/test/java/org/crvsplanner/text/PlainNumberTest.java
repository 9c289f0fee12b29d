package org.crvsplanner.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNumberTest {

    @Test
    @DisplayName("ASCII digits with a point, a sign and an exponent read as numbers")
    void plainNotation() {
        assertThat(PlainNumber.parse("2.5")).isEqualTo(2.5);
        assertThat(PlainNumber.parse(" -0.5 ")).isEqualTo(-0.5);
        assertThat(PlainNumber.parse(".5")).isEqualTo(0.5);
        assertThat(PlainNumber.parse("1.2e7")).isEqualTo(12_000_000);
        assertThat(PlainNumber.parseWhole("12000000", 1, 2_000_000_000)).isEqualTo(12_000_000);
        assertThat(PlainNumber.parseWhole("1.2E7", 1, 2_000_000_000)).isEqualTo(12_000_000);
        assertThat(PlainNumber.parseWhole("5.0", 1, 50)).isEqualTo(5);
        assertThat(PlainNumber.parseWhole("+7", 1, 50)).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"١٢", "１２", "۱۲", "१२", "5d", "5f", "NaN", "Infinity", "0x10", "0x1p3", "1,000", "1 000",
        "1_000", "", " ", "e5", "1e", "--1", "1.2.3"})
    @DisplayName("other digits, thousands separators and Java's own extras are not numbers")
    void refused(String text) {
        assertThatThrownBy(() -> PlainNumber.parse(text)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PlainNumber.parseWhole(text, Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    @Timeout(60)
    @DisplayName("a whole number must be whole and in range; a huge exponent is refused without computing it")
    void whole() {
        assertThatThrownBy(() -> PlainNumber.parseWhole("5.5", 1, 50)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PlainNumber.parseWhole("51", 1, 50)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PlainNumber.parseWhole("99999999999999999999", Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PlainNumber.parseWhole("1e999999999", 1, 50)).isInstanceOf(NumberFormatException.class);
        assertThat(PlainNumber.parse("1e999999999")).isInfinite();
    }
}
