package org.crvsplanner.ui.base;

/**
 * An entry of the menus as data: the key of its words, its shortcut and its id. The wiring keeps
 * every action in one table and gives each a {@link Command}; {@link ActionFactory} makes the
 * menu items from the two, so a menu item's words, shortcut, id and enabled state are set in one
 * place, the way JabRef's {@code StandardActions} and {@code ActionFactory} do it.
 */
public interface Action {
    /** The key of the action's words in the window's bundles; {@code _} marks the mnemonic. */
    String textKey();

    /** The shortcut as {@link javafx.scene.input.KeyCombination} writes it, e.g. "Shortcut+S"; null for none. */
    String accelerator();

    /** The menu item's id, which tests and stylesheets find it by; null for none. */
    String id();
}
