package org.crvsplanner;

import java.util.OptionalInt;

/**
 * A stand-in for the window in {@link FastStartRelaunchTest}: relaunches like {@link Launcher}
 * does, then says which JVM it runs in. The argument {@code fail} makes it exit with status 3.
 */
public final class FastStartProbe {
    private FastStartProbe() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = FastStart.relaunch();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.out.println("running with crvs.fastStart=" + System.getProperty(FastStart.PROPERTY) + " and "
                + String.join(",", args));
        System.exit(args.length > 0 && args[0].equals("fail") ? 3 : 0);
    }
}
