package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.function.Supplier;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Marks what the walkthrough's step talks about in the scenario in front: its inputs, scrolled
 * into view, and its parts of the chart, which then gets most of the room. The walkthrough names
 * them; the panels mark them; this is where the one meets the other, so neither imports the
 * other.
 */
final class WalkthroughHighlights {
    private final Region root;
    private final WalkthroughViewModel walkthrough;
    private final Supplier<ScenarioView> selected;
    private ScenarioView highlightedIn;

    /**
     * @param root the window's root, laid out before the inputs are looked up
     * @param selected the tab in front, or null when none is open
     * @param selection changes whenever another tab comes to the front
     */
    WalkthroughHighlights(Region root, WalkthroughViewModel walkthrough, Supplier<ScenarioView> selected,
            ObservableValue<?> selection) {
        this.root = requireNonNull(root, "root");
        this.walkthrough = requireNonNull(walkthrough, "walkthrough");
        this.selected = requireNonNull(selected, "selected");
        walkthrough.inputsProperty().addListener((obs, old, now) -> highlight());
        walkthrough.chartPartsProperty().addListener((obs, old, now) -> highlight());
        selection.addListener((obs, old, now) -> highlight());
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

    private void mark(ScenarioView view, Set<String> inputs, Set<ChartPart> chartParts, boolean showing) {
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
