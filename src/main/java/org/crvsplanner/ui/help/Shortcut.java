package org.crvsplanner.ui.help;

import javafx.beans.value.ObservableValue;

/** One line of the shortcut list: the keys as the system writes them, and what they do. */
public record Shortcut(String keys, ObservableValue<String> does) {
}
