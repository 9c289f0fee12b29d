package org.crvsplanner.ui.compare;

import java.util.List;

/** One key figure across the compared scenarios, the first scenario's first. */
public record CompareRow(String figure, List<CompareCell> cells) {
    public CompareRow {
        cells = List.copyOf(cells);
    }

    /** Whether any scenario differs from the first in this figure. */
    public boolean anyDiffers() {
        return cells.stream().anyMatch(CompareCell::differs);
    }
}
