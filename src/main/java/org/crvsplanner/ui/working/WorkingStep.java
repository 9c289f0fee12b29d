package org.crvsplanner.ui.working;

/** One line of "Show the working": what is computed, how, and the result. */
public record WorkingStep(String title, String formula, String result) {
}
