package org.crvsplanner.ui.help;

import java.util.List;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help: the keyboard shortcuts, a short guide (how the planner sizes, where its rules come from,
 * the documentation's slip) and a glossary, as three tabs of one window beside the main one.
 */
public final class HelpView extends TabPane {
    /** The tabs, in order. */
    public enum Page {
        SHORTCUTS, GUIDE, GLOSSARY
    }

    /** The guide's paragraphs, in order: help.guide.1, help.guide.2… */
    static final int GUIDE_PARAGRAPHS = 5;
    /** The glossary's terms: help.glossary.<term>.term and .text. */
    static final List<String> TERMS = List.of("required", "provisioned", "backup", "coverage", "legacy", "topology",
            "retention", "horizon", "band");
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    public HelpView(List<Shortcut> shortcuts) {
        getStyleClass().add(Styles.HELP);
        getStylesheets().add(HelpView.class.getResource("help.css").toExternalForm());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("help.shortcuts.title", "help-shortcuts", shortcuts(shortcuts)),
                tab("help.guide.title", "help-guide", guide()), tab("help.glossary.title", "help-glossary", glossary()));
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(I18n.text(title));
        tab.setContent(scroll);
        return tab;
    }

    private static GridPane shortcuts(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        for (int row = 0; row < shortcuts.size(); row++) {
            Label keys = new Label(shortcuts.get(row).keys());
            keys.getStyleClass().add(Styles.HELP_KEYS);
            Label does = new Label();
            does.textProperty().bind(shortcuts.get(row).does());
            does.setWrapText(true);
            grid.addRow(row, keys, does);
        }
        return grid;
    }

    private static VBox guide() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(16));
        for (int i = 1; i <= GUIDE_PARAGRAPHS; i++) {
            box.getChildren().add(paragraph("help.guide." + i));
        }
        return box;
    }

    private static VBox glossary() {
        VBox box = new VBox(10);
        box.setId("glossary");
        box.setPadding(new Insets(16));
        for (String term : TERMS) {
            Label name = new Label();
            name.textProperty().bind(I18n.text("help.glossary." + term + ".term"));
            name.getStyleClass().add(Styles.HELP_TERM);
            box.getChildren().add(new VBox(2, name, paragraph("help.glossary." + term + ".text")));
        }
        return box;
    }

    private static Label paragraph(String key) {
        Label text = new Label();
        text.textProperty().bind(I18n.text(key));
        text.setWrapText(true);
        return text;
    }

    /** Shows {@code page} of the help in its own window owned by {@code owner}; Esc and Ctrl+W close it. */
    public static Stage open(Window owner, List<Shortcut> shortcuts, Page page, List<String> stylesheets) {
        HelpView view = new HelpView(shortcuts);
        view.getSelectionModel().select(page.ordinal());
        Scene scene = new Scene(view, 720, 560);
        scene.getStylesheets().addAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(I18n.text("help.title"));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Shows {@code page} in a help window already open. */
    public static void select(Stage stage, Page page) {
        if (stage.getScene().getRoot() instanceof HelpView view) {
            view.getSelectionModel().select(page.ordinal());
        }
    }
}
