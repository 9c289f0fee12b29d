package org.crvsplanner.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Answers the workspace's questions from a script, and records what was asked, so a test can
 * check that a question came before any work was lost.
 */
final class FakeQuestions implements Questions {
    final Deque<Unsaved> unsavedAnswers = new ArrayDeque<>();
    final Deque<Path> saveTargets = new ArrayDeque<>();
    boolean replaceAnswer;
    boolean replaceChangedAnswer;
    final List<String> asked = new ArrayList<>();

    FakeQuestions answer(Unsaved... answers) {
        unsavedAnswers.addAll(List.of(answers));
        return this;
    }

    FakeQuestions saveTo(Path target) {
        saveTargets.add(target);
        return this;
    }

    @Override
    public Unsaved unsavedChanges(ScenarioViewModel scenario) {
        asked.add("unsaved " + scenario.getDisplayName());
        if (unsavedAnswers.isEmpty()) {
            throw new AssertionError("asked about unsaved changes to " + scenario.getDisplayName() + " unexpectedly");
        }
        return unsavedAnswers.pop();
    }

    @Override
    public Path saveTarget(ScenarioViewModel scenario) {
        asked.add("save target for " + scenario.getDisplayName());
        return saveTargets.poll();
    }

    @Override
    public boolean replace(Path existing) {
        asked.add("replace " + existing.getFileName());
        return replaceAnswer;
    }

    @Override
    public boolean replaceChanged(Path file) {
        asked.add("replace changed " + file.getFileName());
        return replaceChangedAnswer;
    }
}
