package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.function.Supplier;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workspace.ScenarioView;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Puts presentation mode and the walkthrough on the window: their menu items and keys, the large
 * type on the window's root, full screen where the system has it, and the walkthrough's
 * highlights on the inputs and chart of the scenario in front.
 */
public final class WorkshopMode {
    private final Region root;
    private final PresentationViewModel presentation;
    private final WalkthroughViewModel walkthrough;
    private final Pane cardSlot;
    /** Made when the walkthrough first opens: most runs never show it, and every start would style it. */
    private WalkthroughView card;
    private final Supplier<ScenarioView> selected;
    private ScenarioView highlightedIn;
    private Stage watched;

    /**
     * @param root the window's root, which carries the presentation style
     * @param cardSlot where the walkthrough's card goes, above whatever it holds
     * @param selected the tab in front, or null when none is open
     * @param selection changes whenever another tab comes to the front
     */
    public WorkshopMode(Region root, Pane cardSlot, PresentationViewModel presentation,
            WalkthroughViewModel walkthrough, Supplier<ScenarioView> selected, ObservableValue<?> selection) {
        this.root = requireNonNull(root, "root");
        this.cardSlot = requireNonNull(cardSlot, "cardSlot");
        this.presentation = requireNonNull(presentation, "presentation");
        this.walkthrough = requireNonNull(walkthrough, "walkthrough");
        this.selected = requireNonNull(selected, "selected");
        root.getStylesheets().add(WorkshopMode.class.getResource("workshop.css").toExternalForm());
        presentation.presentingProperty().addListener((obs, was, on) -> render(on));
        walkthrough.inputsProperty().addListener((obs, old, now) -> highlight());
        walkthrough.chartPartsProperty().addListener((obs, old, now) -> highlight());
        selection.addListener((obs, old, now) -> highlight());
        walkthrough.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                card().requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    public CheckMenuItem presentationItem() {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(I18n.text("workshop.menu.presentation"));
        item.setId("menu-presentation");
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.setSelected(presentation.isPresenting());
        presentation.presentingProperty().addListener((obs, was, on) -> item.setSelected(on));
        item.setOnAction(e -> presentation.toggle());
        return item;
    }

    public MenuItem walkthroughItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(I18n.text("workshop.menu.walkthrough"));
        item.setId("menu-walkthrough");
        item.setAccelerator(KeyCombination.keyCombination("F5"));
        item.setOnAction(e -> walkthrough.open());
        return item;
    }

    private WalkthroughView card() {
        if (card == null) {
            card = new WalkthroughView(walkthrough);
            cardSlot.getChildren().add(0, card);
        }
        return card;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public WalkthroughViewModel walkthrough() {
        return walkthrough;
    }

    private void keys(KeyEvent e) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (card != null) {
            card.handleKey(e, focus);
        }
        // Esc closes the walkthrough first; the next Esc leaves presentation mode.
        if (!e.isConsumed() && e.getCode() == KeyCode.ESCAPE && presentation.isPresenting()) {
            presentation.leave();
            e.consume();
        }
    }

    private void render(boolean on) {
        root.getStyleClass().remove(Styles.PRESENTATION);
        if (on) {
            root.getStyleClass().add(Styles.PRESENTATION);
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            // Esc is ours: it closes the walkthrough before it leaves presentation mode.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(I18n.get("workshop.exitHint"));
            if (watched != stage) {
                watched = stage;
                stage.fullScreenProperty().addListener((obs, was, full) -> {
                    // The system left full screen (the window manager, another key): so does the mode.
                    if (was && !full) {
                        presentation.leave();
                    }
                });
            }
            stage.setFullScreen(on);
        }
    }

    private void highlight() {
        if (highlightedIn != null) {
            mark(highlightedIn, Set.of(), Set.of(), false);
        }
        // Switching tabs without the walkthrough has nothing to mark: no lookups on every switch.
        highlightedIn = walkthrough.isShowing() ? selected.get() : null;
        if (highlightedIn != null) {
            mark(highlightedIn, walkthrough.inputsProperty().get(), walkthrough.chartPartsProperty().get(), true);
        }
    }

    private void mark(ScenarioView view, Set<String> inputs, Set<String> chartParts, boolean showing) {
        view.setChartFirst(showing);
        if (showing) {
            // The card may have just appeared and a tab just opened: lay the window out now, so
            // the inputs are found and scrolled within the room the card leaves them.
            root.applyCss();
            root.layout();
        }
        Node first = null;
        for (Node input : view.lookupAll("." + Styles.NUMBER_INPUT)) {
            String id = input.getId() == null ? "" : input.getId().replaceFirst("-input$", "");
            input.getStyleClass().remove(Styles.HIGHLIGHTED);
            if (inputs.contains(id) && shown(input, view)) {
                input.getStyleClass().add(Styles.HIGHLIGHTED);
                first = first == null ? input : first;
            }
        }
        view.chart().highlight(chartParts);
        if (first != null) {
            scrollTo(view.inputs(), first);
        }
    }

    /** Whether the input shows: not in a closed or hidden section. */
    private static boolean shown(Node input, Node view) {
        for (Node node = input; node != null && node != view; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the inputs so the room sees the first input the step talks about. */
    private static void scrollTo(ScrollPane inputs, Node input) {
        Node content = inputs.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = inputs.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds bounds = content.sceneToLocal(input.localToScene(input.getLayoutBounds()));
        // Inputs near the top show with the panel's title; others come up to the top edge.
        double top = bounds.getMaxY() <= viewport ? 0 : bounds.getMinY() - 8;
        inputs.setVvalue(Math.max(0, Math.min(1, top / (contentHeight - viewport))));
    }
}
