package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.KeyFigure;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Marks what the walkthrough's step talks about in the scenario in front: its inputs and key
 * figures, scrolled into view, and its parts of the chart, which then gets the room the figures
 * leave it. The walkthrough names them; the panels mark them; this is where the one meets the
 * other, so neither imports the other. When the walkthrough ends, each scenario's panes go back
 * to where the person had scrolled them.
 */
final class WalkthroughHighlights {
    /** The chart's share of the centre while a step talks about the chart alone. */
    private static final double CHART_FIRST = 0.8;
    /** Room kept around a figure's card in the plan's pane: its padding and a little air. */
    private static final double FIGURE_MARGIN = 24;

    private final Region root;
    private final WalkthroughViewModel walkthrough;
    private final Supplier<ScenarioView> selected;
    private ScenarioView highlightedIn;
    /** The inputs' and the plan's scroll positions of each scenario before the walkthrough moved them. */
    private final Map<ScenarioView, double[]> scrolledBefore = new IdentityHashMap<>();

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
        walkthrough.figuresProperty().addListener((obs, old, now) -> highlight());
        // Only its closing: opening sets the step's subjects, which mark them. A closing step with
        // nothing marked changes nothing else, yet the panes must scroll back.
        walkthrough.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                highlight();
            }
        });
        selection.addListener((obs, old, now) -> highlight());
    }

    private void highlight() {
        if (highlightedIn != null) {
            mark(highlightedIn, Set.of(), Set.of(), Set.of(), false);
        }
        // Switching tabs without the walkthrough has nothing to mark: no lookups on every switch.
        highlightedIn = walkthrough.isShowing() ? selected.get() : null;
        if (highlightedIn != null) {
            scrolledBefore.computeIfAbsent(highlightedIn,
                    view -> new double[] {view.inputs().getVvalue(), view.planScroll().getVvalue()});
            mark(highlightedIn, walkthrough.inputsProperty().get(), walkthrough.chartPartsProperty().get(),
                    walkthrough.figuresProperty().get(), true);
        } else if (!walkthrough.isShowing() && !scrolledBefore.isEmpty()) {
            // Laid out without the card and the marks first: the panes keep their offset in
            // pixels as their content's height changes, which would move them again after this.
            layOut();
            scrolledBefore.forEach((view, scrolled) -> {
                view.inputs().setVvalue(scrolled[0]);
                view.planScroll().setVvalue(scrolled[1]);
            });
            scrolledBefore.clear();
        }
    }

    private void mark(ScenarioView view, Set<String> inputs, Set<ChartPart> chartParts, Set<KeyFigure> figures,
            boolean showing) {
        if (showing) {
            // The card may have just appeared and a tab just opened: lay the window out now, so
            // the inputs and figures are found and scrolled within the room the card leaves them.
            view.setChartShare(CHART_FIRST);
            layOut();
        } else {
            view.setChartShare(-1);
        }
        List<Node> marked = new ArrayList<>();
        for (Node input : view.lookupAll("." + Styles.NUMBER_INPUT)) {
            String id = input.getId() == null ? "" : input.getId().replaceFirst("-input$", "");
            input.getStyleClass().remove(Styles.HIGHLIGHTED);
            if (inputs.contains(id) && shown(input, view)) {
                input.getStyleClass().add(Styles.HIGHLIGHTED);
                marked.add(input);
            }
        }
        List<Node> cards = new ArrayList<>();
        for (KeyFigure figure : KeyFigure.values()) {
            Node value = view.plan().lookup("#" + figure.id());
            Node card = value == null ? null : value.getParent();
            if (card == null) {
                continue;
            }
            card.getStyleClass().remove(Styles.HIGHLIGHTED);
            if (figures.contains(figure) && shown(card, view)) {
                card.getStyleClass().add(Styles.HIGHLIGHTED);
                cards.add(card);
            }
        }
        view.chart().highlight(chartParts);
        if (!cards.isEmpty()) {
            makeRoomFor(view, cards);
        }
        scrollTo(view.inputs(), marked);
        scrollTo(view.planScroll(), cards);
    }

    private void layOut() {
        root.applyCss();
        root.layout();
    }

    /** Moves the divider down only as far as leaves the plan's pane the height of the figures. */
    private void makeRoomFor(ScenarioView view, List<Node> cards) {
        double needed = Extent.of(view.planScroll().getContent(), cards).height() + FIGURE_MARGIN;
        double height = view.centre().getHeight();
        if (height <= 0) {
            return;
        }
        view.setChartShare(Math.max(0.3, Math.min(CHART_FIRST, 1 - needed / height)));
        layOut();
    }

    /** Whether the node shows: not in a closed or hidden section. */
    private static boolean shown(Node node, Node view) {
        for (Node n = node; n != null && n != view; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** From the top of the highest node to the bottom of the lowest, in {@code content}'s terms. */
    private record Extent(double top, double bottom) {
        static Extent of(Node content, List<Node> nodes) {
            double top = Double.MAX_VALUE;
            double bottom = 0;
            for (Node node : nodes) {
                Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                top = Math.min(top, bounds.getMinY());
                bottom = Math.max(bottom, bounds.getMaxY());
            }
            return new Extent(top, bottom);
        }

        double height() {
            return bottom - top;
        }
    }

    /**
     * Scrolls the pane so it shows all of the nodes the step talks about when they fit, else
     * the first of them at the top.
     */
    private static void scrollTo(ScrollPane pane, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        Node content = pane.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Extent extent = Extent.of(content, nodes);
        double offset;
        if (extent.bottom() <= viewport) {
            // Near the top: they show with the panel's title.
            offset = 0;
        } else if (extent.height() + 8 <= viewport) {
            // All fit: the last comes up to the bottom edge, leaving the most of what is above.
            offset = extent.bottom() - viewport + 8;
        } else {
            offset = extent.top() - 8;
        }
        pane.setVvalue(Math.max(0, Math.min(1, offset / (contentHeight - viewport))));
    }
}
