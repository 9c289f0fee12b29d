package org.crvsplanner.ui.base;

import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** Makes menus and menu items from {@link Action}s and their {@link Command}s. */
public final class ActionFactory {
    private ActionFactory() {
    }

    /** A menu named by {@code action}, holding {@code items}. */
    public static Menu menu(Action action, MenuItem... items) {
        Menu menu = new Menu();
        describe(menu, action);
        menu.getItems().setAll(items);
        return menu;
    }

    /** A menu item that runs {@code command}, disabled while the command cannot run. */
    public static MenuItem item(Action action, Command command) {
        return wire(new MenuItem(), action, command);
    }

    /** A ticked item that shows {@code checked} and runs {@code command} when chosen. */
    public static CheckMenuItem checkItem(Action action, Command command, ObservableBooleanValue checked) {
        CheckMenuItem item = wire(new CheckMenuItem(), action, command);
        item.setSelected(checked.get());
        // Set rather than bound: choosing the item toggles it before the command runs.
        checked.addListener((obs, was, now) -> item.setSelected(now));
        return item;
    }

    /** One of the items of {@code group}, of which one is chosen at a time. */
    public static RadioMenuItem radioItem(Action action, Command command, ToggleGroup group, boolean selected) {
        RadioMenuItem item = wire(new RadioMenuItem(), action, command);
        item.setToggleGroup(group);
        item.setSelected(selected);
        return item;
    }

    private static <I extends MenuItem> I wire(I item, Action action, Command command) {
        describe(item, action);
        if (action.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(action.accelerator()));
        }
        item.disableProperty().bind(Bindings.not(command.executable()));
        item.setOnAction(e -> command.execute());
        return item;
    }

    private static void describe(MenuItem item, Action action) {
        item.textProperty().bind(I18n.text(action.textKey()));
        if (action.id() != null) {
            item.setId(action.id());
        }
    }
}
