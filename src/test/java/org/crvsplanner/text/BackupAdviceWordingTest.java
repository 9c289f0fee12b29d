package org.crvsplanner.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backup advice states OpenCRVS's default as it is, whatever number of copies the plan keeps. */
class BackupAdviceWordingTest {

    @ParameterizedTest(name = "{0} copies")
    @ValueSource(ints = {2, 7, 38})
    @DisplayName("the 2× rule's advice names the plan's copies and OpenCRVS's default of 7 apart")
    void defaultStatedForAnyNumberOfCopies(int copies) {
        Advisory advice = new Advisory.BackupRuleBelowAlternative(BackupRule.DOUBLE, copies, 2027.42, 6495.98);

        assertThat(ModelWords.advice(advice, Wording.ENGLISH))
                .contains("keeping " + copies + " full copies needs 6,495.98 GB")
                .endsWith("(OpenCRVS's backup job keeps " + BackupPolicy.OPENCRVS_DEFAULT_COPIES + " by default).")
                .doesNotContain("as OpenCRVS's backup job does");
        assertThat(ModelWords.advice(advice, Wording.FRENCH))
                .contains("conserver " + copies + " copies complètes demande")
                .endsWith("(la sauvegarde d'OpenCRVS en conserve " + BackupPolicy.OPENCRVS_DEFAULT_COPIES
                        + " par défaut).")
                .doesNotContain("comme le fait par défaut");
    }
}
