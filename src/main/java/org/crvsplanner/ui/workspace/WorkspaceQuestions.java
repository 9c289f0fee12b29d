package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.i18n.I18n;

/**
 * What the workspace asks before work could be lost or a file replaced, and where files go:
 * worded here, asked through the {@link DialogService}. Remembers the folder last used, so the
 * next open or save dialog starts there.
 */
public final class WorkspaceQuestions {
    /** The ids of the questions, which their buttons carry and a test answers by. */
    public static final String UNSAVED = "unsaved";
    public static final String REPLACE = "replace";
    public static final String REPLACE_CHANGED = "replace-changed";

    /** The answers to "Save the changes to … before closing?". */
    public enum Unsaved {
        SAVE, DISCARD, CANCEL
    }

    private final DialogService dialogs;
    private Path lastFolder;

    WorkspaceQuestions(DialogService dialogs) {
        this.dialogs = requireNonNull(dialogs, "dialogs");
    }

    Unsaved unsavedChanges(ScenarioViewModel scenario) {
        String detail = scenario.getFile() == null ? I18n.get("workspace.unsaved.neverSaved")
                : I18n.get("workspace.unsaved.sinceSaved", scenario.getFile().getFileName());
        String problem = scenario.planner().problemProperty().get();
        if (problem != null) {
            // Saving writes the last valid inputs, not the invalid text on screen: say so.
            detail = detail + "\n\n" + I18n.get("workspace.unsaved.stale", problem);
        }
        return dialogs.ask(new Question<>(UNSAVED, Tone.WARNING, I18n.get("workspace.unsaved.title"),
                I18n.get("workspace.unsaved.question", scenario.getDisplayName()), detail, List.of(
                        new Answer<>("save", I18n.get("workspace.unsaved.save"), Role.YES, Unsaved.SAVE),
                        new Answer<>("discard", I18n.get("workspace.unsaved.discard"), Role.NO, Unsaved.DISCARD),
                        cancel(Unsaved.CANCEL)),
                Unsaved.CANCEL));
    }

    /**
     * Where to save a scenario that has no file yet, or a copy ("Save As…").
     *
     * @return null when the person cancels
     */
    Path saveTarget(ScenarioViewModel scenario) {
        Path file = scenario.getFile();
        Path folder = file != null ? file.getParent() : lastFolder;
        Optional<Path> chosen = dialogs.chooseSaveTarget(new FileRequest(I18n.get("workspace.chooser.save"),
                List.of(scenarios()), folder, fileName(scenario.getDisplayName())));
        chosen.ifPresent(target -> lastFolder = target.toAbsolutePath().getParent());
        return chosen.orElse(null);
    }

    /** Asks for files to open; empty when the person cancels. */
    List<Path> filesToOpen() {
        List<Path> chosen = dialogs.chooseToOpen(new FileRequest(I18n.get("workspace.chooser.open"),
                List.of(scenarios(), new FileRequest.Filter(I18n.get("workspace.chooser.allFiles"), "*.*")),
                lastFolder, null));
        if (!chosen.isEmpty()) {
            lastFolder = chosen.get(0).toAbsolutePath().getParent();
        }
        return chosen;
    }

    /**
     * Whether to replace a file that exists: asked when .crvsplan was added to the name chosen,
     * since the save dialog then asked about another name.
     */
    boolean replace(Path existing) {
        return dialogs.ask(new Question<>(REPLACE, Tone.CONFIRMATION, I18n.get("workspace.replace.title"),
                I18n.get("workspace.replace.question", existing.getFileName()),
                I18n.get("workspace.replace.detail", existing.toAbsolutePath().getParent()), List.of(
                        new Answer<>("replace", I18n.get("workspace.replace.replace"), Role.OK, true),
                        cancel(false)),
                false));
    }

    /**
     * Whether to replace a scenario file that someone else wrote since this window opened or saved
     * it, such as another copy of the planner.
     */
    boolean replaceChanged(Path file) {
        return dialogs.ask(new Question<>(REPLACE_CHANGED, Tone.WARNING, I18n.get("workspace.changed.title"),
                I18n.get("workspace.changed.question", file.getFileName()), I18n.get("workspace.changed.detail"),
                List.of(new Answer<>("replace", I18n.get("workspace.changed.replace"), Role.OK, true), cancel(false)),
                false).withCancelByDefault());
    }

    /** Cancel in the window's language: JavaFX's own Cancel speaks the system's, fixed at start. */
    static <T> Answer<T> cancel(T value) {
        return new Answer<>("cancel", I18n.get("workspace.dialog.cancel"), Role.CANCEL, value);
    }

    private static FileRequest.Filter scenarios() {
        String pattern = "*" + ScenarioFiles.EXTENSION;
        return new FileRequest.Filter(I18n.get("workspace.chooser.scenarios", pattern), pattern);
    }

    /** A file name from a scenario name: characters no system allows in a name become dashes. */
    static String fileName(String displayName) {
        String safe = displayName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (safe.isEmpty() || safe.matches("\\.+") ? I18n.get("workspace.file.defaultName") : safe)
                + ScenarioFiles.EXTENSION;
    }
}
