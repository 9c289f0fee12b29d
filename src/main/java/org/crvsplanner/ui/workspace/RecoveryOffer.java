package org.crvsplanner.ui.workspace;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.LeftoverSession;
import org.crvsplanner.scenario.RecoverySession;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.i18n.I18n;

/**
 * The work a planner that ended without a clean exit left behind, offered at the next start:
 * restore it into tabs, or discard it. Only copies of the planner that are gone are looked at, so
 * a second copy never offers the work of one still running.
 */
public final class RecoveryOffer {
    private static final Logger LOG = Logger.getLogger(RecoveryOffer.class.getName());

    /** One snapshot as the dialog lists it, in the window's language at the time it is asked for. */
    public record Item(String name, String origin, String savedAt) {
    }

    private final List<LeftoverSession> leftovers;
    private final List<RecoveryStore.Snapshot> snapshots = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private boolean settled;

    private RecoveryOffer(List<LeftoverSession> leftovers) {
        this.leftovers = List.copyOf(leftovers);
        for (LeftoverSession leftover : leftovers) {
            try {
                RecoveryStore.Listing listing = leftover.listing();
                snapshots.addAll(listing.snapshots());
                listing.unreadable().forEach(problem -> unreadable.add(problem.message(I18n.wording())));
            } catch (FileProblem e) {
                unreadable.add(e.message(I18n.wording()));
            }
        }
        snapshots.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
    }

    /** What the planners that are gone left in the recovery folder; may be empty. */
    public static RecoveryOffer find(RecoverySession session) {
        try {
            return new RecoveryOffer(session.leftovers());
        } catch (FileProblem e) {
            LOG.warning("The recovery folder cannot be searched: " + e.getMessage());
            return new RecoveryOffer(List.of());
        }
    }

    public boolean isEmpty() {
        return snapshots.isEmpty() && unreadable.isEmpty();
    }

    public List<Item> items() {
        return snapshots.stream().map(RecoveryOffer::item).toList();
    }

    private static Item item(RecoveryStore.Snapshot snapshot) {
        String name = snapshot.scenario().name().strip();
        String origin = snapshot.claimedFile().map(file -> I18n.get("workspace.recovery.changesTo", file.getFileName(),
                file.toAbsolutePath().getParent())).orElse(I18n.get("workspace.recovery.neverSaved"));
        if (name.isEmpty()) {
            name = snapshot.claimedFile().map(RecoveryOffer::stem).orElse(I18n.get("workspace.untitled"));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(I18n.get("workspace.recovery.when"), I18n.language().locale())
                .withZone(ZoneId.systemDefault());
        return new Item(name, origin, when.format(snapshot.savedAt()));
    }

    private static String stem(Path file) {
        String name = String.valueOf(file.getFileName());
        return ScenarioFiles.hasExtension(file) ? name.substring(0, name.length() - ScenarioFiles.EXTENSION.length())
                : name;
    }

    /** Messages for snapshot files that cannot be read; they are deleted with the rest. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /**
     * Opens every snapshot in a tab, unsaved, then has {@code keep} write them to this session's
     * own recovery folder before the leftovers are deleted, so a second crash loses nothing. When
     * {@code keep} cannot confirm that, the leftovers stay for the next start as well.
     */
    public void restore(WorkspaceViewModel workspace, BooleanSupplier keep) {
        if (settled) {
            return;
        }
        workspace.restore(snapshots);
        if (keep.getAsBoolean()) {
            discard();
        } else {
            later();
        }
    }

    /** Deletes the leftovers. */
    public void discard() {
        settled = true;
        for (LeftoverSession leftover : leftovers) {
            try {
                leftover.discard();
            } catch (FileProblem e) {
                LOG.warning("A recovery folder stays behind: " + e.getMessage());
            }
        }
    }

    /** Keeps the leftovers for the next start. */
    public void later() {
        settled = true;
        leftovers.forEach(LeftoverSession::release);
    }
}
