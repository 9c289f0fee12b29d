package org.crvsplanner.scenario;

import org.crvsplanner.text.ShownText;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * A place in a scenario document: the path people read ({@code inputs.otherEvents[1].name}) and
 * the JSON pointer that finds its line and column ({@code /inputs/otherEvents/1/name}).
 */
record Where(String path, JsonPointer pointer, Where parent) {
    static final Where ROOT = new Where("", JsonPointer.empty(), null);

    /** The path shows the name's hidden characters by their code ({@link ShownText#visible}). */
    Where field(String name) {
        String shown = ShownText.visible(name);
        return new Where(path.isEmpty() ? shown : path + "." + shown, pointer.appendProperty(name), this);
    }

    Where index(int index) {
        return new Where(path + "[" + index + "]", pointer.appendIndex(index), this);
    }

    @Override
    public String toString() {
        return path;
    }
}
