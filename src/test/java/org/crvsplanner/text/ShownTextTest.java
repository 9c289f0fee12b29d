package org.crvsplanner.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShownTextTest {

    @Test
    @DisplayName("terminal escapes, carriage returns, C1 controls and direction overrides are shown by their code")
    void hiddenCharactersShown() {
        assertThat(ShownText.visible("\u001B]0;PWNED\u0007")).isEqualTo("\\u001B]0;PWNED\\u0007");
        assertThat(ShownText.visible("ok\rfake")).isEqualTo("ok\\u000Dfake");
        assertThat(ShownText.visible("a\u0085b\u009Bc")).isEqualTo("a\\u0085b\\u009Bc");
        assertThat(ShownText.visible("abc\u202Efdp.exe")).isEqualTo("abc\\u202Efdp.exe");
        assertThat(ShownText.visible("x\u2066y\u2069\u2028")).isEqualTo("x\\u2066y\\u2069\\u2028");
        assertThat(ShownText.visible("two\nlines")).isEqualTo("two\\u000Alines");
    }

    @Test
    @DisplayName("ordinary text is left alone: accents, scripts, emoji, right-to-left marks and backslashes")
    void ordinaryTextUnchanged() {
        for (String text : new String[] {"Région Maritime", "名前 ✓", "👩‍👩‍👧 family", "عربي\u200F", "C:\\plans\\a.crvsplan",
            "tab\tinside is a control too"}) {
            if (text.contains("\t")) {
                assertThat(ShownText.visible(text)).isEqualTo(text.replace("\t", "\\u0009"));
            } else {
                assertThat(ShownText.visible(text)).isSameAs(text);
            }
        }
    }

    @Test
    @DisplayName("a lone half of a surrogate pair is shown by its code; a whole pair is kept")
    void loneSurrogates() {
        assertThat(ShownText.visible("\uD800x")).isEqualTo("\\uD800x");
        assertThat(ShownText.visible("x\uDC00")).isEqualTo("x\\uDC00");
        assertThat(ShownText.visible("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
        assertThat(ShownText.wellFormed("a\uD800b\uDE00\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFD\uD83D\uDE00");
        assertThat(ShownText.wellFormed("plain")).isSameAs("plain");
    }

    @Test
    @DisplayName("several lines keep their breaks and tabs; other controls are shown")
    void lines() {
        assertThat(ShownText.visibleLines("a\tb\r\nc\rd\n\u001B[2J"))
                .isEqualTo("a\tb\r\nc\\u000Dd\n\\u001B[2J");
    }

    @Test
    @DisplayName("a long value is quoted by its start and its length; a short one whole")
    void excerpt() {
        assertThat(ShownText.excerpt("national")).isEqualTo("national");
        String huge = "x".repeat(900_155);
        assertThat(ShownText.excerpt(huge)).isEqualTo("x".repeat(40) + "… (900,155 characters)");
        String emoji = "\uD83D\uDE00".repeat(100);
        assertThat(ShownText.excerpt(emoji)).startsWith("\uD83D\uDE00").doesNotContain("\\uD83D")
                .endsWith("… (100 characters)");
        assertThat(ShownText.excerpt("\u001B".repeat(100))).startsWith("\\u001B").hasSizeLessThan(300);
    }
}
