package org.crvsplanner.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    @DisplayName("no arguments, --snapshot or only scenario files open the window; anything else is a command")
    void opensWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--snapshot", "x.png"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"pilot.crvsplan"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"/plans/Pilot.CRVSPLAN", "C:\\plans\\national.crvsplan"}))
                .isTrue();
        assertThat(Launcher.opensWindow(new String[] {"does-not-exist.crvsplan"})).isTrue();

        assertThat(Launcher.opensWindow(new String[] {"size", "--scenario", "pilot.crvsplan"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"scenario", "validate", "pilot.crvsplan"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"pilot.crvsplan", "--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"notes.txt"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
    }

    @Test
    @DisplayName("only an export that writes a workbook is relaunched for its archive, not its help")
    void exportsWorkbook() {
        assertThat(Launcher.exportsWorkbook(new String[] {"export", "--out", "plan.xlsx"})).isTrue();
        assertThat(Launcher.exportsWorkbook(new String[] {"export"})).isTrue();

        assertThat(Launcher.exportsWorkbook(new String[0])).isFalse();
        assertThat(Launcher.exportsWorkbook(new String[] {"size", "--years", "10"})).isFalse();
        assertThat(Launcher.exportsWorkbook(new String[] {"export", "--help"})).isFalse();
        assertThat(Launcher.exportsWorkbook(new String[] {"export", "-h"})).isFalse();
        assertThat(Launcher.exportsWorkbook(new String[] {"--out", "x.xlsx", "export"})).isFalse();
    }
}
