package org.crvsplanner.startup;

import java.util.OptionalInt;

/**
 * A stand-in for the window in {@link FastStartRelaunchTest}: relaunches like {@link Launcher}
 * does, then says which JVM it runs in and whose child it is. The first argument chooses how it
 * ends: {@code fail} with status 3 after {@link FastStart#EARLY}, {@code fail-now} with 3 at once,
 * {@code crash} with 134 (as a crashed JVM) after {@link FastStart#EARLY}, {@code wait} after a
 * minute; otherwise 0 at once.
 */
public final class FastStartProbe {
    private FastStartProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt relaunched = FastStart.relaunch();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        String which = System.getenv(FastStart.CHILD_VARIABLE) == null ? "first" : "second";
        System.out.println("running in the " + which + " JVM as " + ProcessHandle.current().pid() + " of " + parent
                + " and " + String.join(",", args));
        long late = FastStart.EARLY.toMillis() + 200;
        switch (args.length > 0 ? args[0] : "") {
            case "fail" -> {
                Thread.sleep(late);
                System.exit(3);
            }
            case "fail-now" -> System.exit(3);
            case "crash" -> {
                Thread.sleep(late);
                Runtime.getRuntime().halt(134);
            }
            case "wait" -> Thread.sleep(60_000);
            default -> System.exit(0);
        }
    }
}
