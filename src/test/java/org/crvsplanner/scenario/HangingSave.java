package org.crvsplanner.scenario;

import java.nio.file.Path;

/**
 * A child process of {@link AtomicSaveKillTest}: starts a save, writes part of it, says so and
 * then waits to be killed, which leaves its temporary file behind as a kill mid-save does.
 */
public final class HangingSave {
    static final String WRITING = "half written";

    private HangingSave() {
    }

    public static void main(String[] args) {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write(new byte[4096]);
            out.flush();
            System.out.println(WRITING);
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
