package org.crvsplanner.ui.working;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Show the working" writes out the chosen version's formula, and says where a version has no rule. */
class WorkingVersionsTest {

    @AfterEach
    void english() {
        I18n.setLanguage(Language.ENGLISH);
    }

    private static List<String> lines(SizingInputs in) {
        return WorkingViewModel.steps(SizingPlan.of(in)).stream()
                .map(s -> s.title() + ": " + s.formula() + " = " + s.result()).toList();
    }

    @Test
    @DisplayName("v2.1's example works as its page does: overhead, OS parts, headroom, 1,107.78 GB")
    void v21() {
        List<String> lines = lines(SizingInputs.docsExample(DocsVersion.V2_1).toBuilder().diskEncryption(true).build());
        assertThat(lines).contains(
                "Record data per year: 749,970 × 18 kB = 13,499,460 kB = 13.50 GB",
                "Database overhead: 20% × 13.50 GB = 2.70 GB",
                "Operating system requirements: 10 GB base OS + 40 GB Kubernetes and images"
                        + " + 50 GB free space for updates = 100.00 GB",
                "Monitoring data: monitoring and logs kept elsewhere = 0.00 GB",
                "Encryption headroom: greater of 50 GB and 10% × 916.16 GB = 91.62 GB",
                "Minimum required disk space: 100.00 + 899.96 + 13.50 + 2.70 + 91.62 GB = 1,107.78 GB",
                "Backup server disk in year 1: 2 × 1,107.78 GB = 2,215.56 GB");
        assertThat(lines).anyMatch(l -> l.startsWith("Kubernetes master node: holds the data; the other 2 "
                + "production servers keep only the OS reserve, 100.00 GB"));
    }

    @Test
    @DisplayName("v1.8 says its page has no monitoring rule, and v2.0 that it has no encryption rule")
    void noRules() {
        assertThat(lines(SizingInputs.docsExample())).contains(
                "Monitoring data: no rule in the OpenCRVS v1.8 documentation = none added",
                "Minimum required disk space: 100.00 + 899.96 + 13.75 GB = 1,013.71 GB");
        List<String> v20 = lines(SizingInputs.defaults(DocsVersion.V2_0).toBuilder().diskEncryption(true).build());
        assertThat(v20).contains("Encryption headroom: no rule in the OpenCRVS v2.0 documentation = none added",
                "Monitoring data: 200 MB × 30 days × 3 servers + 1 GB × 3 servers = 21.00 GB",
                "Logs: at least, whatever the population = 10.00 GB");
    }

    @Test
    @DisplayName("the working reads in French, with French figures")
    void french() {
        I18n.setLanguage(Language.FRENCH);
        List<WorkingStep> steps = WorkingViewModel.steps(SizingPlan.of(
                SizingInputs.docsExample(DocsVersion.V2_1).toBuilder().diskEncryption(true).build()));
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.title()).isEqualTo("Surcoût de la base de données");
            assertThat(s.result()).isEqualTo("2,70\u00a0Go");
        });
        assertThat(steps).anySatisfy(s -> assertThat(s.formula())
                .isEqualTo("le plus grand de 50\u00a0Go et de 10\u00a0% × 916,16\u00a0Go"));
    }
}
