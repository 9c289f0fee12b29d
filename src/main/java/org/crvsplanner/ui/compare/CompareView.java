package org.crvsplanner.ui.compare;

import java.util.List;

import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.RelabellingAxis;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Scenarios side by side: a table of key figures in which the figures that differ from the first
 * scenario are highlighted and carry their difference, and one chart with every scenario's
 * required (solid) and provisioned (dashed) disk, one colour per scenario.
 */
public final class CompareView extends BorderPane {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass(Styles.COMPARE_DIFFERS);
    private static final PseudoClass ROW_DIFFERS = PseudoClass.getPseudoClass(Styles.COMPARE_ROW_DIFFERS);

    private static final double ROW_HEIGHT = 26;

    private final CompareViewModel model;
    private final TableView<CompareRow> table = new TableView<>();
    private final RelabellingAxis years = new RelabellingAxis();
    private final NumberAxis disk = new NumberAxis();
    private final CompareChart chart = new CompareChart(years, disk);
    private final Label intro = new Label();
    private final SplitPane content;

    public CompareView(CompareViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.COMPARE);
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        buildTable();
        buildChart();
        intro.setWrapText(true);
        intro.setPadding(new Insets(8, 12, 4, 12));
        intro.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("compare.intro", model.names().get(0)), model.names(), I18n.languageProperty()));

        content = new SplitPane(table, chart);
        content.setId("compare-content");
        content.setOrientation(Orientation.VERTICAL);
        // The whole table shows (the divider stops at its minimum height) and the chart takes
        // the rest.
        table.setMinHeight(table.getPrefHeight());
        chart.setMinHeight(200);
        content.setDividerPositions(0);
        setTop(intro);
        setCenter(content);
    }

    /**
     * What the comparison can be taken away as, each a button with its shortcut in its tooltip
     * and the shortcut itself in {@code scene}.
     */
    private void install(CompareActions actions, Scene scene) {
        ToolBar bar = new ToolBar(
                button("compare-save-picture", "compare.action.savePicture", CompareActions.SAVE_PICTURE,
                        actions.savePicture(), scene),
                button("compare-copy-picture", "compare.action.copyPicture", CompareActions.COPY_PICTURE,
                        actions.copyPicture(), scene),
                button("compare-export", "compare.action.export", CompareActions.EXPORT, actions.exportWorkbook(),
                        scene));
        setTop(new VBox(bar, intro));
    }

    private static Button button(String id, String key, KeyCombination keys, Runnable action, Scene scene) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(I18n.text(key + ".tooltip", keys.getDisplayText()));
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        scene.getAccelerators().put(keys, action);
        return button;
    }

    /** The table and the chart, as they show: what the comparison's picture is made of. */
    public Node content() {
        return content;
    }

    /** The line above the table that says what is highlighted. */
    public Label intro() {
        return intro;
    }

    private void buildTable() {
        table.setId("compare-table");
        table.getStyleClass().add(Styles.COMPARE_TABLE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CompareRow, String> figure = new TableColumn<>();
        figure.textProperty().bind(I18n.text("compare.column.figure"));
        figure.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().figure()));
        figure.getStyleClass().add(Styles.COMPARE_FIGURE);
        figure.setPrefWidth(185);
        figure.setMinWidth(160);
        figure.setSortable(false);
        figure.setReorderable(false);
        table.getColumns().add(figure);
        for (int i = 0; i < model.names().size(); i++) {
            table.getColumns().add(scenarioColumn(i));
        }
        model.names().addListener((ListChangeListener<String>) c -> {
            for (int i = 0; i < model.names().size(); i++) {
                table.getColumns().get(i + 1).setText(model.names().get(i));
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompareRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ROW_DIFFERS, !empty && row != null && row.anyDiffers());
            }
        });
        table.setFixedCellSize(ROW_HEIGHT);
        // Rows plus the header, which the theme makes taller than a row.
        table.setPrefHeight(ROW_HEIGHT * model.rows().size() + 44);
    }

    private TableColumn<CompareRow, CompareCell> scenarioColumn(int index) {
        TableColumn<CompareRow, CompareCell> column = new TableColumn<>(model.names().get(index));
        column.setId("compare-column-" + index);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().cells().get(index)));
        column.setCellFactory(c -> new CompareTableCell());
        column.setPrefWidth(190);
        column.setMinWidth(150);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** A figure with its difference beside it, highlighted when it differs. */
    private static final class CompareTableCell extends TableCell<CompareRow, CompareCell> {
        private final Label value = new Label();
        private final Label delta = new Label();
        private final HBox box = new HBox(8, value, delta);

        CompareTableCell() {
            value.getStyleClass().add(Styles.COMPARE_VALUE);
            delta.getStyleClass().add(Styles.COMPARE_DELTA);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CompareCell cell, boolean empty) {
            super.updateItem(cell, empty);
            setText(null);
            if (empty || cell == null) {
                setGraphic(null);
                pseudoClassStateChanged(DIFFERS, false);
                setAccessibleText(null);
                return;
            }
            value.setText(cell.value());
            delta.setText(cell.delta());
            delta.setManaged(!cell.delta().isEmpty());
            delta.setVisible(!cell.delta().isEmpty());
            setGraphic(box);
            pseudoClassStateChanged(DIFFERS, cell.differs());
            setAccessibleText(cell.delta().isEmpty() ? cell.value()
                    : I18n.get("compare.cell.accessible", cell.value(), cell.delta()));
        }
    }

    private void buildChart() {
        chart.setId("compare-chart");
        chart.getStyleClass().add(Styles.COMPARE_CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        // Beside the chart, where the window has room, so the legend shows however short it is.
        chart.setLegendSide(Side.RIGHT);
        chart.titleProperty().bind(I18n.text("compare.chart.title"));
        years.labelProperty().bind(I18n.text("compare.chart.year"));
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(converter(true));
        disk.setForceZeroInRange(true);
        disk.setTickLabelFormatter(converter(false));
        show(model.chartProperty().get());
        model.chartProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(CompareChartData data) {
        // Half a year's room at either end, as the scenario's chart: a 1-year scenario is a point
        // over its year, drawn whole.
        years.bounds(1, data.lastYear(), data.lastYear() <= 12 ? 1 : data.lastYear() <= 25 ? 2 : 5, 0.5);
        // The model words the chart afresh when the language changes, so this follows it too.
        disk.setLabel(I18n.get("compare.chart.disk", Formats.unit(data.unit())));
        List<CompareSeries> all = data.series();
        // The compared scenarios are fixed, so the lines are made once, in order: the chart then
        // gives line 2k and 2k+1 the default colours 2k and 2k+1, which compare.css pairs into
        // one colour per scenario.
        if (chart.getData().isEmpty()) {
            all.forEach(series -> chart.getData().add(new XYChart.Series<>()));
        }
        for (int i = 0; i < all.size(); i++) {
            CompareSeries series = all.get(i);
            XYChart.Series<Number, Number> line = chart.getData().get(i);
            line.setName(series.name());
            if (line.getData().size() == series.values().length) {
                for (int y = 0; y < series.values().length; y++) {
                    line.getData().get(y).setYValue(series.values()[y]);
                }
            } else {
                List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
                for (int y = 0; y < series.values().length; y++) {
                    points.add(new XYChart.Data<>(series.years()[y], series.values()[y]));
                }
                if (points.size() == 1) {
                    // A line needs two years: a scenario of one year is its points, marked as
                    // its legend is, with their figures beside them; the lines of the others
                    // stay without marks.
                    points.get(0).setNode(new StackPane());
                }
                line.getData().setAll(points);
            }
        }
    }

    private static StringConverter<Number> converter(boolean whole) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return whole ? Integer.toString(value.intValue()) : Formats.number(value.doubleValue(), 1);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are never parsed");
            }
        };
    }

    public TableView<CompareRow> table() {
        return table;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    /** Opens the comparison in its own window beside {@code owner}, with what it can be taken away as. */
    public static Stage open(Window owner, CompareViewModel model, List<String> stylesheets, CompareActions actions) {
        CompareView view = new CompareView(model);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // Wide enough for each scenario's figure and difference side by side, within the screen.
        double width = Math.min(screen.getWidth(), Math.max(820, 220 + 240 * model.names().size()));
        // Tall enough for the tool bar, the whole table and a chart of 200 pixels.
        Scene scene = new Scene(view, width, Math.min(740, screen.getHeight() - 40));
        scene.getStylesheets().addAll(stylesheets);
        view.install(actions, scene);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("compare.window.title", String.join(", ", model.names())), model.names(),
                I18n.languageProperty()));
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
