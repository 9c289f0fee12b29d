package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The walkthrough's card along the bottom of the window: the step's title, a sentence, its live
 * numbers, and Back / Next. It takes part in the layout instead of floating over it, so the
 * chart and the inputs it points at stay in view.
 */
public final class WalkthroughView extends VBox {
    private final WalkthroughViewModel model;
    private final VBox lines = new VBox(2);

    public WalkthroughView(WalkthroughViewModel model) {
        this.model = requireNonNull(model, "model");
        setId("walkthrough");
        getStyleClass().add(Styles.WALKTHROUGH);
        getStylesheets().add(WalkthroughView.class.getResource("workshop.css").toExternalForm());

        Label title = new Label();
        title.setId("walkthrough-title");
        title.getStyleClass().add(Styles.WALKTHROUGH_TITLE);
        title.textProperty().bind(model.titleProperty());
        Label position = new Label();
        position.setId("walkthrough-position");
        position.getStyleClass().add(Styles.WALKTHROUGH_HINT);
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button back = button("workshop.back", "walkthrough-back", model::back);
        back.disableProperty().bind(model.indexProperty().isEqualTo(0));
        Button next = button("workshop.next", "walkthrough-next", model::next);
        next.disableProperty().bind(model.indexProperty().isEqualTo(WalkthroughViewModel.stepCount() - 1));
        Button close = button("workshop.close", "walkthrough-close", model::close);
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(I18n.text("workshop.close.tooltip"));
        close.setTooltip(closeTip);
        close.accessibleTextProperty().bind(closeTip.textProperty());
        HBox top = new HBox(12, title, position, gap, back, next, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label explanation = new Label();
        explanation.setId("walkthrough-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());
        lines.getStyleClass().add(Styles.WALKTHROUGH_LINES);
        Label hint = new Label();
        hint.textProperty().bind(I18n.text("workshop.hint"));
        hint.getStyleClass().add(Styles.WALKTHROUGH_HINT);

        getChildren().addAll(top, explanation, lines, hint);
        show(model.linesProperty().get());
        model.linesProperty().addListener((obs, old, now) -> show(now));
        // Takes the focus when it opens, so the arrows step the walkthrough rather than a field.
        setFocusTraversable(true);
        // Beside the chart, which gives way: the card keeps the height of all its lines, never "…".
        setMinHeight(Region.USE_PREF_SIZE);
        visibleProperty().bind(model.showingProperty());
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(I18n.text(key));
        button.setId(id);
        // Keys belong to the window's walkthrough handler; a focused button would take Space twice.
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Relabels the lines in place: a slider dragged during the walkthrough builds no nodes. */
    private void show(List<String> numbers) {
        var shown = lines.getChildren();
        while (shown.size() > numbers.size()) {
            shown.remove(shown.size() - 1);
        }
        while (shown.size() < numbers.size()) {
            Label line = new Label();
            line.setId("walkthrough-line-" + shown.size());
            line.setWrapText(true);
            shown.add(line);
        }
        for (int i = 0; i < numbers.size(); i++) {
            ((Label) shown.get(i)).setText(numbers.get(i));
        }
    }

    /**
     * Steps by keyboard and presenter's clicker while the walkthrough shows: Right, Space and
     * Page Down go on, Left and Page Up go back, Esc closes. While someone types in a field, the
     * arrows and Space stay the field's; a clicker's Page keys and Esc still work.
     */
    public void handleKey(KeyEvent e, Node focusOwner) {
        if (!model.isShowing()) {
            return;
        }
        boolean typing = focusOwner instanceof TextInputControl;
        switch (e.getCode()) {
            case PAGE_DOWN -> model.next();
            case PAGE_UP -> model.back();
            case ESCAPE -> model.close();
            case RIGHT, SPACE -> {
                if (typing) {
                    return;
                }
                model.next();
            }
            case LEFT -> {
                if (typing) {
                    return;
                }
                model.back();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
