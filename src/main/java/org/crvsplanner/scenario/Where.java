package org.crvsplanner.scenario;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * A place in a scenario document: the path people read ({@code inputs.otherEvents[1].name}) and
 * the JSON pointer that finds its line and column ({@code /inputs/otherEvents/1/name}).
 */
record Where(String path, JsonPointer pointer, Where parent) {
    static final Where ROOT = new Where("", JsonPointer.empty(), null);

    Where field(String name) {
        return new Where(path.isEmpty() ? name : path + "." + name, pointer.appendProperty(name), this);
    }

    Where index(int index) {
        return new Where(path + "[" + index + "]", pointer.appendIndex(index), this);
    }

    @Override
    public String toString() {
        return path;
    }
}
