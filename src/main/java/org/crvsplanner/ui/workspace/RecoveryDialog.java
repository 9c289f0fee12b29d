package org.crvsplanner.ui.workspace;

import org.crvsplanner.ui.Styles;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * At start, after a crash: lists the unsaved work that was kept and asks whether to restore it.
 * "Not now" keeps it for the next start.
 */
public final class RecoveryDialog {
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the person chose. */
    public enum Choice {
        RESTORE, DISCARD, LATER
    }

    private RecoveryDialog() {
    }

    /** Shows the offer and waits for an answer. */
    public static Choice ask(Window owner, RecoveryOffer offer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Restore unsaved work");
        int count = offer.items().size();
        alert.setHeaderText(count == 0 ? "The planner did not close properly last time."
                : "The planner did not close properly last time. It kept " + (count == 1 ? "one unsaved scenario"
                        : count + " unsaved scenarios") + ".");
        VBox list = new VBox(2);
        list.getStyleClass().add(Styles.RECOVERY_LIST);
        list.setId("recovery-list");
        for (RecoveryOffer.Item item : offer.items()) {
            Label name = new Label(item.name());
            name.getStyleClass().add(Styles.RECOVERY_NAME);
            Label detail = new Label("Kept " + item.savedAt() + ": " + item.origin() + ".");
            detail.setWrapText(true);
            VBox entry = new VBox(1, name, detail);
            entry.getStyleClass().add(Styles.RECOVERY_ITEM);
            list.getChildren().add(entry);
        }
        for (String problem : offer.unreadable()) {
            Label unreadable = new Label(problem + " This snapshot cannot be restored and will be deleted.");
            unreadable.setWrapText(true);
            list.getChildren().add(unreadable);
        }
        Label question = new Label("Restore opens each in a tab, unsaved, so you can look and then save it. "
                + "Discard deletes the kept copies. Not now asks again at the next start.");
        question.setWrapText(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(260, 64 * Math.max(1, count + offer.unreadable().size())));
        VBox content = new VBox(10, scroll, question);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(520);
        alert.getDialogPane().getStylesheets().add(RecoveryDialog.class.getResource("workspace.css").toExternalForm());
        alert.getButtonTypes().setAll(RESTORE, DISCARD, LATER);
        alert.getDialogPane().lookupButton(RESTORE).setId("recovery-restore");
        alert.getDialogPane().lookupButton(DISCARD).setId("recovery-discard");
        ButtonType answer = alert.showAndWait().orElse(LATER);
        return answer == RESTORE ? Choice.RESTORE : answer == DISCARD ? Choice.DISCARD : Choice.LATER;
    }
}
