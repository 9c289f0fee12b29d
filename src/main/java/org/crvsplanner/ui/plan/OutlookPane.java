package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.WrappingLabel;
import org.crvsplanner.ui.i18n.I18n;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Until when, and what matters most: the fill dates of a disk per server, with a field to type
 * another disk, and the tornado of the horizon's disk when there are ranges.
 */
final class OutlookPane extends VBox {
    private final VBox tornado = new VBox(4);
    private final GridPane bars = new GridPane();
    private final List<Row> rows = new ArrayList<>();

    OutlookPane(PlanViewModel model) {
        super(8);
        getStyleClass().add(Styles.OUTLOOK);

        Label fillTitle = new Label();
        fillTitle.textProperty().bind(I18n.text("plan.fill.title"));
        fillTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label diskLabel = new Label();
        diskLabel.textProperty().bind(I18n.text("plan.disk.label"));
        TextField disk = new TextField();
        disk.setId("fill-disk");
        disk.setPrefColumnCount(13);
        disk.setAlignment(Pos.CENTER_RIGHT);
        disk.textProperty().bindBidirectional(model.diskTextProperty());
        disk.promptTextProperty().bind(model.diskPromptProperty());
        diskLabel.setLabelFor(disk);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.diskErrorProperty().get() != null ? model.diskErrorProperty().get()
                        : I18n.get("plan.disk.tooltip"), model.diskErrorProperty(), I18n.languageProperty()));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        disk.setTooltip(tip);
        model.diskErrorProperty().addListener((obs, old, error) -> disk.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass(Styles.INVALID), error != null));
        Label unit = new Label();
        unit.textProperty().bind(I18n.text("plan.disk.unit"));
        HBox diskRow = new HBox(6, diskLabel, disk, unit);
        diskRow.setAlignment(Pos.CENTER_LEFT);
        Label sentence = new WrappingLabel();
        sentence.setId("fill-dates");
        sentence.textProperty().bind(model.fillDatesProperty());

        Label tornadoTitle = new Label();
        tornadoTitle.getStyleClass().add(Styles.SECTION_TITLE);
        tornadoTitle.textProperty().bind(model.tornadoTitleProperty());
        Label tornadoNote = new WrappingLabel();
        tornadoNote.textProperty().bind(I18n.text("plan.tornado.note"));
        tornadoNote.getStyleClass().add(Styles.OUTLOOK_NOTE);
        bars.setId("tornado");
        bars.setHgap(8);
        bars.setVgap(4);
        tornado.getChildren().addAll(tornadoTitle, tornadoNote, bars);
        tornado.setPadding(new Insets(6, 0, 0, 0));

        getChildren().addAll(fillTitle, diskRow, sentence, tornado);
        showTornado(model.tornadoProperty().get());
        model.tornadoProperty().addListener((obs, old, now) -> showTornado(now));
    }

    /**
     * Shows the bars. The same inputs keep their rows, rewritten in place, since a drag brings a
     * new tornado with each run; only another set of ranges builds new rows.
     */
    private void showTornado(List<TornadoBar> next) {
        tornado.setVisible(!next.isEmpty());
        tornado.setManaged(!next.isEmpty());
        if (rows.size() != next.size()) {
            bars.getChildren().clear();
            rows.clear();
            for (int i = 0; i < next.size(); i++) {
                Row row = new Row(i);
                rows.add(row);
                bars.addRow(i, row.label, row.bar, row.figures);
            }
        }
        for (int i = 0; i < next.size(); i++) {
            rows.get(i).show(next.get(i));
        }
    }

    /** One input's row: its name, its bar and the disk at its low and high value. */
    private static final class Row {
        private final Label label = new WrappingLabel();
        private final Bar bar = new Bar();
        private final Label figures = new Label();

        Row(int index) {
            label.setMaxWidth(220);
            figures.getStyleClass().add(Styles.OUTLOOK_NOTE);
            bar.setId("tornado-bar-" + index);
            GridPane.setHgrow(bar, Priority.ALWAYS);
        }

        void show(TornadoBar next) {
            label.setText(next.label());
            figures.setText(I18n.get("plan.tornado.figures", next.lowGb(), next.highGb()));
            bar.show(next.from(), next.to());
        }
    }

    /** A bar from one share of its width to another, and the line of the likely disk at the middle. */
    private static final class Bar extends Pane {
        private final Rectangle below = new Rectangle();
        private final Rectangle above = new Rectangle();
        private final Line likely = new Line();
        private double from = 0.5;
        private double to = 0.5;

        Bar() {
            below.getStyleClass().add(Styles.TORNADO_LOW);
            above.getStyleClass().add(Styles.TORNADO_HIGH);
            likely.getStyleClass().add(Styles.TORNADO_LIKELY);
            getChildren().addAll(below, above, likely);
            setMinWidth(120);
            setPrefSize(240, 18);
        }

        void show(double newFrom, double newTo) {
            if (newFrom != from || newTo != to) {
                from = newFrom;
                to = newTo;
                requestLayout();
            }
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double middle = w / 2;
            below.setX(Math.min(from * w, middle));
            below.setWidth(Math.max(0, middle - from * w));
            above.setX(middle);
            above.setWidth(Math.max(0, to * w - middle));
            for (Rectangle r : new Rectangle[] {below, above}) {
                r.setY(2);
                r.setHeight(Math.max(0, h - 4));
            }
            likely.setStartX(middle);
            likely.setEndX(middle);
            likely.setStartY(0);
            likely.setEndY(h);
        }
    }
}
