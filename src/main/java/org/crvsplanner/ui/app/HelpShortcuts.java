package org.crvsplanner.ui.app;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.compare.CompareActions;
import org.crvsplanner.ui.help.Shortcut;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCombination;

/**
 * The shortcut list of Help, made from the menu's own accelerators and the keys of
 * {@link WindowKeys} and {@link CompareActions}, so that it cannot name a key the windows do not take.
 */
final class HelpShortcuts {
    private HelpShortcuts() {
    }

    static List<Shortcut> all() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (StandardActions action : StandardActions.values()) {
            if (action.accelerator() != null) {
                String key = action.textKey();
                // The menu's words without the underscore that marks their mnemonic.
                shortcuts.add(new Shortcut(keys(action.accelerator()),
                        Bindings.createStringBinding(() -> I18n.get(key).replace("_", ""), I18n.languageProperty())));
            }
        }
        shortcuts.add(new Shortcut(WindowKeys.REDO_SHIFT.getDisplayText(), I18n.text("help.keys.redoShift")));
        shortcuts.add(new Shortcut(WindowKeys.NEXT_TAB.getDisplayText(), I18n.text("help.keys.nextTab")));
        shortcuts.add(new Shortcut(WindowKeys.PREVIOUS_TAB.getDisplayText(), I18n.text("help.keys.previousTab")));
        shortcuts.add(new Shortcut(keys("Shortcut+C"), I18n.text("help.keys.copyYears")));
        shortcuts.add(new Shortcut(CompareActions.SAVE_PICTURE.getDisplayText(), I18n.text("help.keys.compareSave")));
        shortcuts.add(new Shortcut(CompareActions.COPY_PICTURE.getDisplayText(), I18n.text("help.keys.compareCopy")));
        shortcuts.add(new Shortcut(CompareActions.EXPORT.getDisplayText(), I18n.text("help.keys.compareExport")));
        shortcuts.add(new Shortcut(keys("Esc") + " / " + keys("Shortcut+W"), I18n.text("help.keys.closeWindow")));
        return List.copyOf(shortcuts);
    }

    private static String keys(String combination) {
        return KeyCombination.keyCombination(combination).getDisplayText();
    }
}
