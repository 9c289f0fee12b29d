package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.WrappingLabel;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The server list as a grid of labels bound to the rows' cells. A list of at most eight rows
 * needs no virtualised table, and a table re-indexes and restyles every cell whenever one text
 * changes, which a slider step does on every row.
 */
public final class ServerGrid extends GridPane {
    /** {@code id} names the cells' node ids, {@code title} the header's text in the bundle. */
    private record Column(String id, String title, Function<ServerRow, ObservableValue<String>> cell, boolean numeric,
            boolean shrinks) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("environment", "plan.column.environment", ServerRow::environment, false, false),
            new Column("role", "plan.column.role", ServerRow::role, false, true),
            new Column("count", "plan.column.count", ServerRow::count, true, false),
            new Column("cpus", "plan.column.cpus", ServerRow::cpus, true, false),
            new Column("ram", "plan.column.ram", ServerRow::ram, true, false),
            new Column("disk", "plan.column.disk", ServerRow::disk, true, false),
            new Column("os", "plan.column.os", ServerRow::os, false, true));

    private static final double WORD_WIDTH = 100;

    private final ObservableList<ServerRow> rows;
    private final List<List<Label>> shown = new ArrayList<>();

    public ServerGrid(ObservableList<ServerRow> rows) {
        this.rows = rows;
        getStyleClass().add(Styles.SERVER_TABLE);
        for (Column column : COLUMNS) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column.numeric() ? HPos.RIGHT : HPos.LEFT);
            if (column.shrinks()) {
                constraints.setHgrow(Priority.SOMETIMES);
                // Wide enough for a word such as "pre-production"; narrower windows wrap the words.
                constraints.setMinWidth(WORD_WIDTH);
            }
            getColumnConstraints().add(constraints);
            // Headings may wrap (see wrapAtWords), so each remembers its height: see WrappingLabel.
            Label header = cell(column, Styles.SERVER_HEADER, true);
            header.textProperty().bind(I18n.text(column.title()));
            if (!column.shrinks()) {
                wrapAtWords(header);
            }
            add(header, getColumnConstraints().size() - 1, 0);
        }
        build();
        rows.addListener((ListChangeListener<ServerRow>) change -> build());
    }

    private static Label cell(Column column, String style) {
        // At the window's minimum size a role or an OS reads in full on two lines, never "Ubuntu 2…".
        return cell(column, style, column.shrinks());
    }

    private static Label cell(Column column, String style, boolean wraps) {
        Label label = wraps ? new WrappingLabel() : new Label();
        label.getStyleClass().addAll(Styles.SERVER_CELL, style);
        label.setMaxWidth(Double.MAX_VALUE);
        if (!column.shrinks()) {
            // A figure never shrinks into "6,66…": its column is at least as wide as it.
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (column.numeric()) {
            label.getStyleClass().add(Styles.NUMERIC);
        }
        return label;
    }

    /**
     * Where room is short, a heading such as "Provisioned disk" over figures narrower than it
     * takes two lines rather than widen its column, so the table fits beside the inputs in
     * presentation mode's large type. Measured again only when the words or the type change: a
     * language or presentation mode.
     */
    private static void wrapAtWords(Label header) {
        header.setWrapText(true);
        // The headings of a row share its height and its shade, one line or two.
        header.setMaxHeight(Double.MAX_VALUE);
        InvalidationListener measure = obs -> {
            Text word = new Text();
            word.setFont(header.getFont());
            double widest = 0;
            for (String part : header.getText().split("\\s+")) {
                word.setText(part);
                widest = Math.max(widest, word.getLayoutBounds().getWidth());
            }
            Insets insets = header.getInsets();
            header.setMinWidth(Math.ceil(widest + insets.getLeft() + insets.getRight()) + 1);
        };
        header.fontProperty().addListener(measure);
        header.textProperty().addListener(measure);
        header.paddingProperty().addListener(measure);
        measure.invalidated(null);
    }

    /** Builds a label per cell when the rows themselves change: a new stage, topology or server. */
    private void build() {
        for (List<Label> line : shown) {
            getChildren().removeAll(line);
        }
        shown.clear();
        for (int r = 0; r < rows.size(); r++) {
            ServerRow row = rows.get(r);
            List<Label> line = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                Label label = cell(column, row.total() ? Styles.TOTAL_ROW : Styles.SERVER_ROW);
                label.textProperty().bind(column.cell().apply(row));
                label.setId("server-" + r + "-" + column.id());
                add(label, c, r + 1);
                line.add(label);
            }
            shown.add(line);
        }
    }

    /** The texts on screen, row by row, for tests and screen readers' sake alike. */
    public List<List<String>> shownRows() {
        List<List<String>> texts = new ArrayList<>();
        for (List<Label> line : shown) {
            texts.add(line.stream().map(Label::getText).toList());
        }
        return texts;
    }
}
