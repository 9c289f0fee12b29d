package org.crvsplanner.ui.base;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Whether a node can be seen: it is in a scene, it and every panel around it are visible (a
 * scenario in another tab is not), and it lies at least partly within the scroll pane it sits
 * in. A section that costs a lot to update on every slider step updates only while this holds,
 * and catches up when it turns true.
 *
 * <p>Rechecked when the node moves in the scene (a scroll moves it), when it or the scroll pane
 * is resized, and when a panel around the node is shown or hidden.
 */
public final class InView {
    private final Node node;
    private final ReadOnlyBooleanWrapper inView = new ReadOnlyBooleanWrapper();
    private final InvalidationListener recheck = obs -> recheck();
    private final List<ObservableValue<?>> watched = new ArrayList<>();

    private InView(Node node) {
        this.node = node;
        node.sceneProperty().addListener(obs -> watchAncestors());
        watchAncestors();
    }

    /** Follows {@code node} from now on; the returned value stays current while the node lives. */
    public static ReadOnlyBooleanProperty of(Node node) {
        return new InView(node).inView.getReadOnlyProperty();
    }

    private void watchAncestors() {
        for (ObservableValue<?> observable : watched) {
            observable.removeListener(recheck);
        }
        watched.clear();
        // The transform changes whenever the node or any panel around it moves, a scroll included.
        watched.add(node.localToSceneTransformProperty());
        watched.add(node.layoutBoundsProperty());
        watched.add(node.visibleProperty());
        ScrollPane scroll = null;
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            watched.add(parent.visibleProperty());
            if (scroll == null && parent instanceof ScrollPane pane) {
                scroll = pane;
                watched.add(pane.layoutBoundsProperty());
                watched.add(pane.localToSceneTransformProperty());
            }
        }
        for (ObservableValue<?> observable : watched) {
            observable.addListener(recheck);
        }
        recheck();
    }

    private void recheck() {
        // An invalidation listener hears a property again only after it has been read.
        for (ObservableValue<?> observable : watched) {
            observable.getValue();
        }
        inView.set(computeInView());
    }

    private boolean computeInView() {
        if (node.getScene() == null || !node.isVisible()) {
            return false;
        }
        ScrollPane scroll = null;
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (!parent.isVisible()) {
                return false;
            }
            if (scroll == null && parent instanceof ScrollPane pane) {
                scroll = pane;
            }
        }
        if (scroll == null) {
            return true;
        }
        Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return shown.intersects(bounds);
    }
}
