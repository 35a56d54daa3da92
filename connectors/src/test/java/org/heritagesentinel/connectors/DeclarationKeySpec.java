package org.heritagesentinel.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.heritagesentinel.contract.RecordKeys;
import org.junit.jupiter.api.Test;

class DeclarationKeySpec {

    @Test
    void shouldNormaliseAuthorityAndSystemAndTrimTheId() {
        assertThat(DeclarationKey.of(" jo ", "asycuda_w", "  2024/IM/0001 ")).isEqualTo("JO:ASYCUDA_W:2024/IM/0001");
    }

    @Test
    void shouldKeepTheCaseOfTheDeclarationId() {
        assertThat(DeclarationKey.of("JO", "PORTAL", "ab-Cd")).isEqualTo("JO:PORTAL:ab-Cd");
    }

    @Test
    void shouldBuildTheSameKeysAsTheApplicationsKeyClass() {
        String[][] valid = {{" jo ", "asycuda", " 2024/IM/1 "}, {"LB", "portal-2", "x:y"}, {"iq", "a_b", "Ab"},
            {"wco-rilo", "CEN", "1"}};
        for (String[] p : valid) {
            assertThat(DeclarationKey.of(p[0], p[1], p[2])).isEqualTo(RecordKeys.declaration(p[0], p[1], p[2]));
        }
        String[][] invalid = {{"J", "A", "1"}, {"JO", "A B", "1"}, {"JO", "A".repeat(33), "1"}, {"JO", "A", " "}};
        for (String[] p : invalid) {
            assertThatThrownBy(() -> DeclarationKey.of(p[0], p[1], p[2])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RecordKeys.declaration(p[0], p[1], p[2])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldRejectPartsThatCannotBeNormalised() {
        assertThatThrownBy(() -> DeclarationKey.of("J", "ASYCUDA", "1")).hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> DeclarationKey.of("JO", "ASY CUDA", "1")).hasMessageContaining("sourceSystem");
        assertThatThrownBy(() -> DeclarationKey.of("JO", "ASYCUDA", "  ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> DeclarationKey.of(null, "ASYCUDA", "1")).hasMessageContaining("missing");
    }
}
