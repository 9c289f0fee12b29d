package org.crvsplanner.model;

/**
 * The version of OpenCRVS being deployed, which picks the documentation page, and so the
 * {@link RuleSet}, that the plan follows. 1.8 is the seed's page and the default, so a scenario
 * without a version plans as it always did.
 */
public enum DocsVersion implements Choice {
    V1_8("1.8", RuleSet.V1_8),
    V1_9("1.9", RuleSet.V1_9),
    V2_0("2.0", RuleSet.V2_0),
    V2_1("2.1", RuleSet.V2_1);

    /** The newest version this build knows; the others get advice on what it changes. */
    public static final DocsVersion NEWEST = V2_1;

    private final String id;
    private final RuleSet rules;

    DocsVersion(String id, RuleSet rules) {
        this.id = id;
        this.rules = rules;
    }

    /** "2.1", as files and the command line write it. */
    @Override
    public String id() {
        return id;
    }

    public RuleSet rules() {
        return rules;
    }

    public static DocsVersion fromId(String id) {
        return Ids.fromId(DocsVersion.class, values(), DocsVersion::id, id);
    }
}
