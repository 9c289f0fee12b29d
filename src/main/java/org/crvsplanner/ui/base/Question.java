package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A question the person answers with one of its own buttons, such as "Save the changes to
 * Pilot before closing?" with Save, Don't Save and Cancel. Plain data, so a ViewModel can ask
 * it through the {@link DialogService} and a test can answer it by its id.
 *
 * @param id names the question; its buttons are {@code id-name}, e.g. {@code unsaved-cancel}
 * @param detail the text below the header; empty for none
 * @param dismissed the answer when the dialog is closed without a button
 * @param cancelByDefault Enter picks the cancelling answer rather than the first one: replacing
 *        someone's work must be chosen, not fallen into
 * @param width the dialog's preferred width in pixels; 0 leaves it to the dialog
 */
public record Question<T>(String id, Tone tone, String title, String header, String detail,
        List<Answer<T>> answers, T dismissed, boolean cancelByDefault, double width) {

    /** How the dialog looks: a question mark, a warning sign, or nothing but the words. */
    public enum Tone {
        CONFIRMATION, WARNING, PLAIN
    }

    /**
     * One button.
     *
     * @param name the end of the button's id
     * @param text the button's words, in the language of the moment: JavaFX's own buttons speak
     *        the system's language, fixed at start
     */
    public record Answer<T>(String name, String text, Role role, T value) {
        public Answer {
            requireNonNull(name, "name");
            requireNonNull(text, "text");
            requireNonNull(role, "role");
        }
    }

    /** Where a button sits and what Enter and Esc do with it, as the system orders them. */
    public enum Role {
        YES, NO, OK, CANCEL
    }

    public Question {
        requireNonNull(id, "id");
        requireNonNull(tone, "tone");
        requireNonNull(title, "title");
        requireNonNull(header, "header");
        requireNonNull(detail, "detail");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a question needs an answer");
        }
    }

    public Question(String id, Tone tone, String title, String header, String detail, List<Answer<T>> answers,
            T dismissed) {
        this(id, tone, title, header, detail, answers, dismissed, false, 0);
    }

    /** The same question, with Enter on its cancelling answer. */
    public Question<T> withCancelByDefault() {
        return new Question<>(id, tone, title, header, detail, answers, dismissed, true, width);
    }

    /** The same question in a dialog {@code pixels} wide. */
    public Question<T> withWidth(double pixels) {
        return new Question<>(id, tone, title, header, detail, answers, dismissed, cancelByDefault, pixels);
    }

    /** The id of the button for {@code answer}. */
    public String buttonId(Answer<T> answer) {
        return id + "-" + answer.name();
    }
}
