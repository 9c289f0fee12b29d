package org.crvsplanner;

import java.util.OptionalInt;

/**
 * A stand-in for the window in {@link FastStartRelaunchTest}: relaunches like {@link Launcher}
 * does, then says which JVM it runs in. The first argument {@code fail} makes it exit with status
 * 3, {@code crash} with 134 as a crashed JVM does, {@code wait} waits a minute.
 */
public final class FastStartProbe {
    private FastStartProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt relaunched = FastStart.relaunch();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.out.println("running with crvs.fastStart=" + System.getProperty(FastStart.PROPERTY) + " as "
                + ProcessHandle.current().pid() + " and " + String.join(",", args));
        String what = args.length > 0 ? args[0] : "";
        switch (what) {
            case "fail" -> System.exit(3);
            case "crash" -> Runtime.getRuntime().halt(134);
            case "wait" -> Thread.sleep(60_000);
            default -> System.exit(0);
        }
    }
}
