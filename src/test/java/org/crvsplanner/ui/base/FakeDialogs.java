package org.crvsplanner.ui.base;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.value.ObservableBooleanValue;
import javafx.print.PrinterJob;
import javafx.scene.Node;

/**
 * The tests' stand-in for every dialog. It records what was shown and asked, answers questions
 * by their id and the file dialogs from a script, and never asks the system's file or print
 * dialogs, which a headless test cannot drive.
 *
 * <p>Over the window's own dialogs ({@link #over}), what the script does not answer goes to a
 * real dialog that the test's robot clicks. On its own, a question the script does not answer
 * fails the test: it was not expected.
 */
public final class FakeDialogs implements DialogService {
    /** Every message shown, in order. */
    public final List<Notice> notices = new ArrayList<>();
    /** Every question and file dialog, in order: "unsaved: Save the changes to …", "save as: pilot.crvsplan". */
    public final List<String> asked = new ArrayList<>();
    public final List<Notification> notifications = new ArrayList<>();
    /** Every save dialog asked for, with the folder it would open at. */
    public final List<FileRequest> saveRequests = new ArrayList<>();
    private final Map<String, Deque<Object>> answers = new HashMap<>();
    private final Deque<Path> saveTargets = new ArrayDeque<>();
    private final Deque<List<Path>> toOpen = new ArrayDeque<>();
    private final DialogService real;

    /** Answers from the script only. */
    public FakeDialogs() {
        this(null);
    }

    private FakeDialogs(DialogService real) {
        this.real = real;
    }

    /** Answers from the script, and leaves everything else to {@code real}. */
    public static FakeDialogs over(DialogService real) {
        return new FakeDialogs(real);
    }

    /** An answer named as its button is: {@code unsaved-cancel} is {@code press("unsaved", "cancel")}. */
    private record Pressed(String name) {
    }

    /** The next questions with this id get the answers of these buttons, in turn. */
    public FakeDialogs press(String questionId, String... answerNames) {
        for (String name : answerNames) {
            answer(questionId, new Pressed(name));
        }
        return this;
    }

    /** The next questions with this id get these answers, in turn. */
    public FakeDialogs answer(String questionId, Object... values) {
        Deque<Object> queue = answers.computeIfAbsent(questionId, id -> new ArrayDeque<>());
        queue.addAll(List.of(values));
        return this;
    }

    /** The next save dialog chooses {@code target}; without one, it is cancelled. */
    public FakeDialogs saveTo(Path target) {
        saveTargets.add(target);
        return this;
    }

    /** The next open dialog chooses {@code files}; without them, it is cancelled. */
    public FakeDialogs open(List<Path> files) {
        toOpen.add(List.copyOf(files));
        return this;
    }

    @Override
    public void show(Notice notice) {
        notices.add(notice);
        if (real != null) {
            real.show(notice);
        }
    }

    @Override
    public <T> T ask(Question<T> question) {
        return ask(question, null, null);
    }

    @Override
    public <T> T ask(Question<T> question, Node content, ObservableBooleanValue ready) {
        asked.add(question.id() + ": " + question.header());
        Deque<Object> scripted = answers.get(question.id());
        if (scripted != null && !scripted.isEmpty()) {
            Object value = scripted.pop();
            return question.answers().stream()
                    .filter(a -> value instanceof Pressed p ? a.name().equals(p.name()) : Objects.equals(a.value(), value))
                    .map(Question.Answer::value)
                    .findFirst().orElseThrow(() -> new AssertionError(value + " is no answer to " + question.id()));
        }
        if (real != null) {
            return content == null ? real.ask(question) : real.ask(question, content, ready);
        }
        throw new AssertionError("asked unexpectedly: " + question.id() + ": " + question.header());
    }

    @Override
    public List<Path> chooseToOpen(FileRequest request) {
        asked.add("open: " + request.title());
        return toOpen.isEmpty() ? List.of() : toOpen.pop();
    }

    @Override
    public Optional<Path> chooseSaveTarget(FileRequest request) {
        asked.add("save as: " + request.fileName());
        saveRequests.add(request);
        return Optional.ofNullable(saveTargets.poll());
    }

    @Override
    public void notify(Notification notification) {
        notifications.add(notification);
        if (real != null) {
            real.notify(notification);
        }
    }

    @Override
    public boolean askToPrint(PrinterJob job) {
        asked.add("print");
        return false;
    }
}
