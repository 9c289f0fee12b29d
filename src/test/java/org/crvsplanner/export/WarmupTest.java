package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    @DisplayName("the warm-up really evaluates, draws and writes (its thread would hide a failure)")
    void exercises() {
        assertThatCode(Warmup::exercise).doesNotThrowAnyException();
    }
}
