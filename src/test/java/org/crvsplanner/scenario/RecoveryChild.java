package org.crvsplanner.scenario;

import java.nio.file.Path;

/**
 * The child process of {@link RecoverySessionTest}: a planner that starts a recovery session,
 * autosaves one scenario and then runs until it is killed, as a crash would end it.
 */
public final class RecoveryChild {
    static final String READY = "snapshot saved";
    static final String NAME = "Saved by the child process";

    private RecoveryChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecoverySession session = RecoverySession.start(Path.of(args[0]));
        session.store().save("child", Samples.pilot().withName(NAME), null);
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
