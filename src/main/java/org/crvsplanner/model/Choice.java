package org.crvsplanner.model;

/** A value picked from a fixed set, named by an id that files and the command line use. */
public interface Choice {
    /** The lower-case name, e.g. {@code national} or {@code data-node}, the same in every language. */
    String id();
}
