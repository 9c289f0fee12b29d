package org.crvsplanner.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.ui.workspace.ScenarioHeader;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * The keys that work wherever the focus is, and files dropped on the window. Menu shortcuts are
 * the actions' own; these are the ones a focused text field would otherwise take.
 */
final class WindowKeys {
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    // Ctrl, not Shortcut: Ctrl+Tab switches tabs on every system, macOS included.
    static final KeyCombination NEXT_TAB = KeyCombination.keyCombination("Ctrl+Tab");
    static final KeyCombination PREVIOUS_TAB = KeyCombination.keyCombination("Ctrl+Shift+Tab");

    private final Region root;
    private final WorkspaceViewModel workspace;

    private WindowKeys(Region root, WorkspaceViewModel workspace) {
        this.root = root;
        this.workspace = workspace;
    }

    /** Puts the keys and the dropping of files on the window whose root is {@code root}. */
    static void install(Region root, WorkspaceViewModel workspace) {
        WindowKeys keys = new WindowKeys(root, workspace);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::undoKeys);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::tabKeys);
        keys.acceptDroppedFiles();
    }

    /**
     * Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo input changes, also while a number field
     * has the focus, whose own text undo would otherwise take them. The name and notes keep
     * their text undo.
     */
    private void undoKeys(KeyEvent e) {
        boolean undo = UNDO.match(e);
        boolean redo = REDO.match(e) || REDO_SHIFT.match(e);
        if (!undo && !redo) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl text && ScenarioHeader.hasOwnTextUndo(text)) {
            return;
        }
        e.consume();
        if (undo) {
            workspace.undo();
        } else {
            workspace.redo();
        }
    }

    /** Ctrl+Tab and Ctrl+Shift+Tab switch tabs wherever the focus is; text fields would take them. */
    private void tabKeys(KeyEvent e) {
        if (NEXT_TAB.match(e)) {
            workspace.selectNext(1);
            e.consume();
        } else if (PREVIOUS_TAB.match(e)) {
            workspace.selectNext(-1);
            e.consume();
        }
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Opening may show a message; do it after the drop is over, not inside it.
                Platform.runLater(() -> workspace.openDropped(dropped));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }
}
