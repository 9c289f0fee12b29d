package org.crvsplanner.ui.workspace;

import java.nio.file.Path;

/**
 * What the workspace must ask the person before work could be lost or a file replaced. The
 * window asks with dialogs; tests answer directly.
 */
public interface Questions {
    /** The answers to "Save the changes to … before closing?". */
    enum Unsaved {
        SAVE, DISCARD, CANCEL
    }

    Unsaved unsavedChanges(ScenarioViewModel scenario);

    /**
     * Where to save a scenario that has no file yet, or a copy ("Save As…").
     *
     * @return null when the person cancels
     */
    Path saveTarget(ScenarioViewModel scenario);

    /**
     * Whether to replace a file that exists: asked when .crvsplan was added to the name chosen,
     * since the save dialog then asked about another name.
     */
    boolean replace(Path existing);

    /**
     * Whether to replace a scenario file that someone else wrote since this window opened or saved
     * it, such as another copy of the planner.
     */
    boolean replaceChanged(Path file);
}
