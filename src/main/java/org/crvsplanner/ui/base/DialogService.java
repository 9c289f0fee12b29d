package org.crvsplanner.ui.base;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.value.ObservableBooleanValue;
import javafx.print.PrinterJob;
import javafx.scene.Node;

/**
 * Every dialog the window shows: messages, questions, the system's file dialogs, notifications
 * and the print dialog. ViewModels and views get it from the wiring instead of building
 * alerts and choosers themselves, so dialogs look and behave alike, each has its owner window,
 * and a test replaces them all with one fake that answers from a script.
 *
 * <p>Only the wiring's implementation touches JavaFX's dialogs. What goes in and out is plain
 * data, except for the one custom part a question may carry.
 */
public interface DialogService {

    /** Tells the person something, without waiting for them to read it. */
    void show(Notice notice);

    /** Asks and waits; {@link Question#dismissed()} when the dialog is closed without an answer. */
    <T> T ask(Question<T> question);

    /**
     * Asks with {@code content} in place of the detail text, such as a list of choices, and waits.
     * The answers other than the cancelling ones are enabled only while {@code ready} holds.
     */
    <T> T ask(Question<T> question, Node content, ObservableBooleanValue ready);

    /** The system's open dialog; empty when the person cancels. */
    List<Path> chooseToOpen(FileRequest request);

    /** The system's save dialog, which asks before replacing a file; empty when cancelled. */
    Optional<Path> chooseSaveTarget(FileRequest request);

    /** Shows a notification in the corner of the window. */
    void notify(Notification notification);

    /** The system's print dialog for {@code job}; false when the person cancels. */
    boolean askToPrint(PrinterJob job);
}
