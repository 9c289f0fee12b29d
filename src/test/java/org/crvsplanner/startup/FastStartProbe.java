package org.crvsplanner.startup;

import java.lang.reflect.Field;
import java.util.OptionalInt;

/**
 * A stand-in for the window in {@link FastStartRelaunchTest}: relaunches like {@link Launcher}
 * does, then says which JVM it runs in and whose child it is. The first argument chooses how it
 * ends: {@code fail} with status 3, {@code crash} by a real JVM crash (a write to address 0),
 * {@code status-135} with 135 but no crash (what Linux reports for SIGBUS), {@code wait} after a
 * minute; otherwise 0. {@code export} relaunches as the export command does.
 */
public final class FastStartProbe {
    private FastStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt relaunched = FastStart.relaunch(args.length > 0 && args[0].equals("export")
                ? FastStart.Purpose.EXPORT : FastStart.Purpose.WINDOW);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        String which = System.getenv(FastStart.CHILD_VARIABLE) == null ? "first" : "second";
        System.out.println("running in the " + which + " JVM as " + ProcessHandle.current().pid() + " of " + parent
                + " and " + String.join(",", args));
        switch (args.length > 0 ? args[0] : "") {
            case "fail" -> System.exit(3);
            case "crash" -> {
                Field unsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                unsafe.setAccessible(true);
                ((sun.misc.Unsafe) unsafe.get(null)).putAddress(0, 0);
            }
            case "status-135" -> Runtime.getRuntime().halt(135);
            case "wait" -> Thread.sleep(60_000);
            default -> System.exit(0);
        }
    }
}
