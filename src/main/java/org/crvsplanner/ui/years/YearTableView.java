package org.crvsplanner.ui.years;

import java.util.List;

import org.crvsplanner.ui.base.InView;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The plan year by year, below the server list: a table of the figures the command line and the
 * workbook list, and a button (also Ctrl+C in the table, and its context menu) that copies it as
 * tab-separated text for a spreadsheet.
 */
public final class YearTableView extends VBox {
    /** Rows shown before the table scrolls; a 50-year plan would otherwise push the advice away. */
    private static final int VISIBLE_ROWS = 12;
    private final YearTableViewModel model;
    private final TableView<List<String>> table = new TableView<>();
    private final Button copy = new Button();
    /**
     * A cell's left and right padding with room for the column's border, a row's and the header's
     * height, each in the theme's type of 14 px; they grow with it (presentation mode: 30 px).
     */
    private static final double CELL_PADDING = 28;
    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 34;
    private static final double THEME_TYPE = 14;
    private final Text measure = new Text();
    /** Whether the plan changed while the table was out of sight, so it is filled when it comes into view. */
    private boolean behind;
    /**
     * The type the cells are in, as the style sheets set it, and their headings' bold. Kept, not
     * made per text: the widths are measured on every re-plan, a slider drag's every frame.
     */
    private Font cellFont = Font.getDefault();
    private Font headingFont = bold(cellFont);

    public YearTableView(YearTableViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add(Styles.YEAR_TABLE);
        getStylesheets().add(YearTableView.class.getResource("years.css").toExternalForm());
        Label title = new Label();
        title.textProperty().bind(I18n.text("years.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        copy.setId("copy-years");
        copy.textProperty().bind(I18n.text("years.copy"));
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(I18n.text("years.copy.hint"));
        copy.setTooltip(hint);
        copy.accessibleHelpProperty().bind(I18n.text("years.copy.hint"));
        copy.setOnAction(e -> copyToClipboard());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(8, title, gap, copy);
        heading.setAlignment(Pos.CENTER_LEFT);

        table.setId("years");
        // Each column as wide as its widest text: squeezed to the pane, every figure read "1,0…".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.accessibleTextProperty().bind(I18n.text("years.title"));
        MenuItem copyItem = new MenuItem();
        copyItem.textProperty().bind(I18n.text("years.copy"));
        copyItem.setOnAction(e -> copyToClipboard());
        table.setContextMenu(new ContextMenu(copyItem));
        KeyCombination copyKeys = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (copyKeys.match(e)) {
                copyToClipboard();
                e.consume();
            }
        });
        getChildren().addAll(heading, table);

        show(model.tableProperty().get());
        // Below the plan, the table is mostly scrolled out of sight while a slider is dragged, and
        // filling it was most of each step's work: it is filled when it can be seen, and until
        // then only keeps its height for the plan's years.
        ReadOnlyBooleanProperty inView = InView.of(this);
        model.tableProperty().addListener((InvalidationListener) obs -> {
            if (inView.get()) {
                show(model.tableProperty().get());
            } else {
                behind = true;
            }
        });
        model.yearsProperty().addListener((obs, old, now) -> keepHeight(now.intValue()));
        inView.addListener((obs, was, now) -> {
            if (now && behind) {
                show(model.tableProperty().get());
            }
        });
        // The copy button's type is the cells': both follow the window's (larger in presentation mode).
        copy.fontProperty().addListener((obs, old, font) -> {
            cellFont = font;
            headingFont = bold(font);
            keepHeight(model.yearsProperty().get());
            if (inView.get()) {
                show(model.tableProperty().get());
            } else {
                behind = true;
            }
        });
    }

    private static Font bold(Font font) {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    /** How much larger than the theme's the cells' type is. */
    private double typeScale() {
        return cellFont.getSize() / THEME_TYPE;
    }

    private void show(YearTableViewModel.Table shown) {
        behind = false;
        List<String> headings = shown.headings();
        boolean sameColumns = table.getColumns().size() == headings.size();
        for (int i = 0; sameColumns && i < headings.size(); i++) {
            sameColumns = table.getColumns().get(i).getText().equals(headings.get(i));
        }
        if (!sameColumns) {
            table.getColumns().clear();
            for (int i = 0; i < headings.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(headings.get(i));
                column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
                column.setSortable(false);
                column.getStyleClass().add(Styles.NUMERIC);
                table.getColumns().add(column);
            }
        }
        // Rows are replaced in place, and only where their text changed: a slider drag re-plans
        // every frame, and a new list would rebuild every cell of the table each time.
        ObservableList<List<String>> items = table.getItems();
        List<List<String>> shownRows = shown.rows();
        if (items.size() != shownRows.size()) {
            items.setAll(shownRows);
        } else {
            for (int r = 0; r < shownRows.size(); r++) {
                if (!items.get(r).equals(shownRows.get(r))) {
                    items.set(r, shownRows.get(r));
                }
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            double widest = textWidth(headings.get(i), true);
            for (List<String> row : shownRows) {
                widest = Math.max(widest, textWidth(row.get(i), false));
            }
            TableColumn<List<String>, ?> column = table.getColumns().get(i);
            double width = Math.ceil(widest + CELL_PADDING * typeScale());
            if (column.getPrefWidth() != width) {
                column.setPrefWidth(width);
            }
        }
        keepHeight(shownRows.size());
    }

    /**
     * Sizes the table for the plan's years even while it waits to be filled, so the scroll pane
     * around it keeps its true height.
     */
    private void keepHeight(int years) {
        double rows = Math.min(years, VISIBLE_ROWS);
        // A header and that many rows, at the table's fixed cell size, so nothing scrolls below a dozen years.
        double row = Math.ceil(ROW_HEIGHT * typeScale());
        table.setFixedCellSize(row);
        table.setPrefHeight(Math.ceil(HEADER_HEIGHT * typeScale()) + rows * row + 16);
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** How wide a text is in the table's font, its headings being bold. */
    private double textWidth(String text, boolean heading) {
        measure.setFont(heading ? headingFont : cellFont);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.tabSeparated());
        Clipboard.getSystemClipboard().setContent(content);
    }

    public TableView<List<String>> table() {
        return table;
    }

    public Button copyButton() {
        return copy;
    }
}
