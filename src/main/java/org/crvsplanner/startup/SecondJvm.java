package org.crvsplanner.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link FastStart}'s second JVM and reads how it ended. Not from its exit status: that
 * means 128 + a signal on Linux and macOS but an exception code on Windows, and a program may
 * exit with any status it likes. Two files tell instead, on every OS: the one the first JVM makes
 * and the second deletes when it reaches {@code main} (still there: it never started, an option
 * it refused, an archive that crashed it), and the crash report the JVM writes where
 * {@code -XX:ErrorFile} says.
 */
final class SecondJvm {
    /** How the second JVM ended, for the first: what to do with the archive and the window. */
    enum Ending {
        /** It never reached {@code main}: the window opens in the first JVM, the archive goes. */
        NOT_STARTED,
        /** It crashed after {@code main}: its status stands, the archive that may be broken goes. */
        CRASHED,
        /** It ended with a status other than 0: that status stands, a pending archive goes. */
        FAILED,
        /** It ended well: its status stands, and the archive it wrote is kept. */
        DONE;

        static Ending of(int status, boolean reachedMain, boolean crashReport) {
            if (!reachedMain) {
                return NOT_STARTED;
            }
            if (crashReport) {
                return CRASHED;
            }
            return status == 0 ? DONE : FAILED;
        }
    }

    private SecondJvm() {
    }

    /** In the second JVM: says it reached {@code main} by deleting the file the first one made. */
    static void reachedMain(String starting) {
        try {
            Path file = Path.of(starting);
            // Only a file of ours: the variable is in the environment of everything this JVM starts.
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (name.startsWith(ClassArchives.PREFIX) && name.endsWith(".starting")) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // The first JVM then opens the window again after this one closes: slower, not lost.
        }
    }

    /**
     * Starts the second JVM with this one's input and output, waits for it, and keeps the archive
     * it wrote. Empty when it could not be started or never reached {@code main}: the window then
     * opens in this JVM. Otherwise its status, final: running it again would print its error twice.
     */
    static OptionalInt run(FastStart.Relaunch relaunch) {
        Path starting = Path.of(System.getProperty("java.io.tmpdir"), FastStart.join(ClassArchives.PREFIX,
                Long.toString(ProcessHandle.current().pid()), ".starting"));
        // Made here rather than by the second JVM: where it cannot be made, the start is taken as
        // reached, so that a closed window is never opened a second time.
        try {
            Files.write(starting, new byte[0]);
        } catch (IOException | RuntimeException e) {
            // Told apart no longer: only a JVM that could not start is not followed by the window.
        }
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(relaunch.command()).inheritIO();
            builder.environment().put(FastStart.CHILD_VARIABLE, starting.toString());
            child = builder.start();
        } catch (IOException | UnsupportedOperationException | SecurityException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Closer(child, relaunch.pending(), starting));
        int status = waitFor(child);
        Path report = ClassArchives.crashReport(relaunch.archive().getParent(), Long.toString(child.pid()));
        Ending ending = Ending.of(status, !Files.exists(starting), Files.exists(report));
        try {
            Files.deleteIfExists(starting);
        } catch (IOException e) {
            // In the temporary folder, which the system clears.
        }
        ClassArchives.keep(relaunch, ending);
        return ending == Ending.NOT_STARTED ? OptionalInt.empty() : OptionalInt.of(status);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing here interrupts; keep waiting for the window to close.
            }
        }
    }

    /**
     * Closing this JVM (Ctrl+C, a session ending) closes the window's too, and drops the archive
     * it may have been writing. A class rather than a lambda: see {@link FastStart#join}.
     */
    static final class Closer extends Thread {
        private final Process child;
        private final Path pending;
        private final Path starting;

        Closer(Process child, Path pending, Path starting) {
            super("fast-start");
            this.child = child;
            this.pending = pending;
            this.starting = starting;
        }

        @Override
        public void run() {
            child.destroy();
            try {
                child.waitFor(3, TimeUnit.SECONDS);
                Files.deleteIfExists(starting);
                if (pending != null) {
                    Files.deleteIfExists(pending);
                }
            } catch (InterruptedException | IOException e) {
                // Ending anyway; prune() clears what is left next time.
            }
        }
    }
}
