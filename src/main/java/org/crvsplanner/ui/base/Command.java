package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What an {@link Action} does, and when it can: a menu item made from a command is disabled
 * while the command is not executable.
 */
public final class Command {
    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    private final Runnable execute;
    private final ObservableBooleanValue executable;

    private Command(Runnable execute, ObservableBooleanValue executable) {
        this.execute = requireNonNull(execute, "execute");
        this.executable = requireNonNull(executable, "executable");
    }

    /** A command that can always run. */
    public static Command of(Runnable execute) {
        return new Command(execute, ALWAYS);
    }

    /** A command that can run only while {@code executable} holds. */
    public static Command when(ObservableBooleanValue executable, Runnable execute) {
        return new Command(execute, executable);
    }

    public void execute() {
        if (executable.get()) {
            execute.run();
        }
    }

    public ObservableBooleanValue executable() {
        return executable;
    }
}
