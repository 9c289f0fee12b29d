package org.crvsplanner.scenario;

import java.io.IOException;

/** Runs a system tool for a test (mkfifo, mknod, chattr, mount), which may be missing or refused. */
public final class SystemCommand {
    private SystemCommand() {
    }

    /** Whether the command ran and succeeded; its output is read and dropped. */
    public static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
