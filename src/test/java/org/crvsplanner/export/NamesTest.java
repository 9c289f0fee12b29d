package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.model.Inputs;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void theChoicesNamesAreTheirInputsNames() {
        assertThat(Names.BACKUP_RULE).isEqualTo(Names.of(Inputs.BACKUP_RULE));
        assertThat(Names.STAGE).isEqualTo(Names.of(Inputs.STAGE));
        assertThat(Names.TOPOLOGY).isEqualTo(Names.of(Inputs.TOPOLOGY));
        assertThat(Names.INCLUDE_DEVELOPMENT).isEqualTo(Names.of(Inputs.INCLUDE_DEVELOPMENT));
    }
}
