package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {
    private final String french = "1\u202F013,71\u00A0Go, nœud de données";

    @Test
    @DisplayName("a UTF-8 terminal gets the text as it is")
    void utf8() {
        assertThat(ConsoleText.fit(french, StandardCharsets.UTF_8)).isEqualTo(french);
    }

    @Test
    @DisplayName("a Windows console's code page gets no-break spaces and oe, never question marks")
    void windowsConsole() {
        for (String codePage : new String[] {"IBM850", "IBM437", "windows-1252"}) {
            Charset charset = Charset.forName(codePage);
            String fitted = ConsoleText.fit(french, charset);
            assertThat(charset.newEncoder().canEncode(fitted)).as(codePage).isTrue();
            assertThat(new String(fitted.getBytes(charset), charset)).as(codePage).doesNotContain("?");
        }
        assertThat(ConsoleText.fit(Wording.FRENCH.gb(1013.71), Charset.forName("IBM850"))).isEqualTo("1\u00A0013,71\u00A0Go");
    }
}
