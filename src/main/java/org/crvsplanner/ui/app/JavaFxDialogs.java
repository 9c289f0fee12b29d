package org.crvsplanner.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.base.Notification;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The window's dialogs: JavaFX alerts, the system's file choosers, ControlsFX notifications and
 * the print dialog, each owned by the planner's window once it shows. The only place that builds
 * them.
 */
final class JavaFxDialogs implements DialogService {
    private Node root;

    /** Makes the dialogs belong to the window that shows {@code windowRoot}. */
    void ownedBy(Node windowRoot) {
        root = windowRoot;
    }

    private Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void own(Dialog<?> dialog) {
        Window window = window();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
    }

    @Override
    public void show(Notice notice) {
        Alert alert = new Alert(switch (notice.kind()) {
            case ERROR -> Alert.AlertType.ERROR;
            case WARNING -> Alert.AlertType.WARNING;
            case INFORMATION -> Alert.AlertType.INFORMATION;
        });
        own(alert);
        alert.setTitle(notice.title());
        alert.setHeaderText(notice.header());
        alert.setContentText(notice.message());
        alert.getDialogPane().setId("notice");
        if (notice.width() > 0) {
            alert.getDialogPane().setPrefWidth(notice.width());
        }
        alert.show();
    }

    @Override
    public <T> T ask(Question<T> question) {
        return ask(question, null, null);
    }

    @Override
    public <T> T ask(Question<T> question, Node content, ObservableBooleanValue ready) {
        Dialog<ButtonType> dialog = switch (question.tone()) {
            case PLAIN -> new Dialog<>();
            case CONFIRMATION -> new Alert(Alert.AlertType.CONFIRMATION);
            case WARNING -> new Alert(Alert.AlertType.WARNING);
        };
        own(dialog);
        dialog.setTitle(question.title());
        dialog.setHeaderText(question.header());
        DialogPane pane = dialog.getDialogPane();
        if (content != null) {
            pane.setContent(content);
        } else {
            pane.setContentText(question.detail());
        }
        if (question.width() > 0) {
            pane.setPrefWidth(question.width());
        }
        List<ButtonType> types = new ArrayList<>();
        for (Answer<T> answer : question.answers()) {
            types.add(new ButtonType(answer.text(), switch (answer.role()) {
                case YES -> ButtonData.YES;
                case NO -> ButtonData.NO;
                case OK -> ButtonData.OK_DONE;
                case CANCEL -> ButtonData.CANCEL_CLOSE;
            }));
        }
        pane.getButtonTypes().setAll(types);
        for (int i = 0; i < types.size(); i++) {
            Answer<T> answer = question.answers().get(i);
            Button button = (Button) pane.lookupButton(types.get(i));
            button.setId(question.buttonId(answer));
            boolean cancels = answer.role() == Question.Role.CANCEL;
            if (question.cancelByDefault()) {
                button.setDefaultButton(cancels);
            }
            if (ready != null && !cancels) {
                button.disableProperty().bind(Bindings.not(ready));
            }
        }
        ButtonType chosen = dialog.showAndWait().orElse(null);
        int index = types.indexOf(chosen);
        return index < 0 ? question.dismissed() : question.answers().get(index).value();
    }

    @Override
    public List<Path> chooseToOpen(FileRequest request) {
        List<File> files = chooser(request).showOpenMultipleDialog(window());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveTarget(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.fileName() != null) {
            chooser.setInitialFileName(request.fileName());
        }
        return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileRequest.Filter filter : request.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        Path folder = request.folder();
        if (folder != null && folder.isAbsolute() && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public void notify(Notification notification) {
        Notifications.create()
                .owner(root)
                .title(notification.title())
                .text(notification.text())
                .hideAfter(Duration.millis(notification.showFor().toMillis()))
                .action(notification.links().stream()
                        .map(link -> new Action(link.text(), e -> link.action().run()))
                        .toArray(Action[]::new))
                .showInformation();
    }

    @Override
    public boolean askToPrint(PrinterJob job) {
        return job.showPrintDialog(window());
    }
}
