package org.crvsplanner.scenario;

import java.nio.file.Path;

import org.crvsplanner.model.SizingInputs;

/**
 * The child process of {@link AtomicSaveKillTest}: saves to one file over and over until it is
 * killed. Save number i always holds {@link #save(int)}, so the test can tell a whole file from
 * a torn one.
 */
public final class SaveLoop {
    static final String STARTED = "first save done";

    private SaveLoop() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        for (int i = 0; ; i++) {
            ScenarioFiles.write(target, save(i));
            if (i == 0) {
                System.out.println(STARTED);
                System.out.flush();
            }
        }
    }

    /** 20 to 400 kB of notes, so that a kill often lands in the middle of writing. */
    static Scenario save(int i) {
        String notes = String.valueOf((char) ('a' + i % 26)).repeat(20_000 * (1 + i % 20));
        return Scenario.of("save " + i, notes, SizingInputs.builder().horizonYears(1 + i % 50).build());
    }

    /** Which save a scenario read back is, by its name. */
    static int number(Scenario scenario) {
        return Integer.parseInt(scenario.name().substring("save ".length()));
    }
}
