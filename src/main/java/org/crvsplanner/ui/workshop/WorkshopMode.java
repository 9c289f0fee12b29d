package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Puts presentation mode and the walkthrough on the window: the large type on the window's root,
 * full screen where the system has it, the walkthrough's card and their keys. What the
 * walkthrough points at in a scenario's panels, the wiring marks: this class knows the window's
 * root and nothing of the panels.
 */
public final class WorkshopMode {
    private final Region root;
    private final PresentationViewModel presentation;
    private final WalkthroughViewModel walkthrough;
    private final ObservableValue<? extends Pane> cardSlot;
    /** Made when the walkthrough first opens: most runs never show it, and every start would style it. */
    private WalkthroughView card;
    private Stage watched;

    /**
     * @param root the window's root, which carries the presentation style
     * @param cardSlot where the walkthrough's card goes, above whatever it holds; when it
     *        changes (another tab in front), the card moves there
     */
    public WorkshopMode(Region root, ObservableValue<? extends Pane> cardSlot, PresentationViewModel presentation,
            WalkthroughViewModel walkthrough) {
        this.root = requireNonNull(root, "root");
        this.cardSlot = requireNonNull(cardSlot, "cardSlot");
        this.presentation = requireNonNull(presentation, "presentation");
        this.walkthrough = requireNonNull(walkthrough, "walkthrough");
        root.getStylesheets().add(WorkshopMode.class.getResource("workshop.css").toExternalForm());
        presentation.presentingProperty().addListener((obs, was, on) -> render(on));
        walkthrough.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                card().requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        cardSlot.addListener((obs, old, now) -> {
            if (card != null) {
                place(card);
            }
        });
    }

    private WalkthroughView card() {
        if (card == null) {
            card = new WalkthroughView(walkthrough);
            place(card);
        }
        return card;
    }

    private void place(WalkthroughView shown) {
        if (shown.getParent() instanceof Pane old) {
            old.getChildren().remove(shown);
        }
        cardSlot.getValue().getChildren().add(0, shown);
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public WalkthroughViewModel walkthrough() {
        return walkthrough;
    }

    private void keys(KeyEvent e) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (e.getCode() == KeyCode.ESCAPE && holdsInvalidText(focus)) {
            // Esc in a field with invalid text puts its last valid value back; the field does it.
            return;
        }
        if (card != null) {
            card.handleKey(e, focus);
        }
        // Esc closes the walkthrough first; the next Esc leaves presentation mode.
        if (!e.isConsumed() && e.getCode() == KeyCode.ESCAPE && presentation.isPresenting()) {
            presentation.leave();
            e.consume();
        }
    }

    private static boolean holdsInvalidText(Node focus) {
        return focus instanceof TextInputControl
                && focus.getPseudoClassStates().contains(PseudoClass.getPseudoClass(Styles.INVALID));
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
}
