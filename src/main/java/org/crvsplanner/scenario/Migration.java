package org.crvsplanner.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a scenario document written in an older schema version up to {@link #to()}, on the JSON
 * tree, before it is read. Every migration whose target is newer than a document's version is
 * applied to it, in order of target, so a step must cope with any older document.
 *
 * <p>A step only fills in or renames what it needs and never overwrites a field that is already
 * there: a file saved by an older version may still carry newer fields that it kept unknown, and
 * those hold the newer, right values.
 */
public interface Migration {
    /** The version of the documents this step leaves behind. */
    SchemaVersion to();

    /**
     * Changes the document in place.
     *
     * @throws IllegalArgumentException with a message for people when the document cannot be
     *         migrated
     */
    void apply(ObjectNode document);
}
