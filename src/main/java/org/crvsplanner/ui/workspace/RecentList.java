package org.crvsplanner.ui.workspace;

import java.nio.file.Path;
import java.util.logging.Logger;

import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecentFiles;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File › Open Recent: the stored list of recent files, as an observable list for the menu. The
 * list is a convenience, not the planner's work, so a list that cannot be stored is only logged.
 */
final class RecentList {
    private static final Logger LOG = Logger.getLogger(RecentList.class.getName());

    private final RecentFiles store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /**
     * @param store where the list is kept; null to keep none. It is read when the menu first
     *        opens, not at start, which then need not load the JSON library.
     */
    RecentList(RecentFiles store) {
        this.store = store;
    }

    /** Re-reads the list, dropping files that no longer exist. */
    void refresh() {
        if (store != null) {
            files.setAll(store.list());
        }
    }

    void remember(Path file) {
        if (store == null) {
            return;
        }
        try {
            files.setAll(store.add(file));
        } catch (FileProblem e) {
            LOG.warning("The recent files list was not updated: " + e.getMessage());
        }
    }

    void forget(Path file) {
        files.remove(file);
        if (store != null) {
            try {
                store.remove(file);
            } catch (FileProblem e) {
                LOG.warning("The recent files list was not updated: " + e.getMessage());
            }
        }
    }

    void clear() {
        files.clear();
        if (store != null) {
            try {
                store.clear();
            } catch (FileProblem e) {
                LOG.warning("The recent files were not cleared on disk: " + e.getMessage());
            }
        }
    }

    ObservableList<Path> files() {
        return readOnly;
    }
}
