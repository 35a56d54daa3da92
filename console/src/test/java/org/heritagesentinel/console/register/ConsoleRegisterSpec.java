package org.heritagesentinel.console.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.config.SentinelConfig;
import org.junit.jupiter.api.Test;

class ConsoleRegisterSpec {

    @Test
    void anAnswerIsShownFieldByFieldNamesInTheirScript() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        RegisterQueries.flatten("", Map.of("partyKey", "ID:7712345", "seizures", List.of(Map.of("office", "MA0301 Tanger Med",
            "party", Map.of("name", "كريم الزواري")))), fields);

        assertThat(fields).containsExactlyInAnyOrder(Map.entry("partyKey", "ID:7712345"),
            Map.entry("seizures[0].office", "MA0301 Tanger Med"), Map.entry("seizures[0].party.name", "كريم الزواري"));
    }

    @Test
    void onlyAnAuthorityWithATokenMayAskAndTheValueIsEncodedIntoThePath() {
        RegisterQueries queries = new RegisterQueries(new SentinelConfig.RegisterAccess("http://127.0.0.1:8080",
            Map.of("JO", "t")));

        assertThat(queries.available("JO")).isTrue();
        assertThat(queries.available("MA")).isFalse();
        assertThat(new RegisterQueries(SentinelConfig.RegisterAccess.OFF).available("JO")).isFalse();
        assertThatThrownBy(() -> queries.ask("MA", RegisterQueries.Kind.OBJECT, "x")).isInstanceOf(IllegalStateException.class);
        assertThat(RegisterQueries.Kind.PARTY_NAME.path("Hassan Trading & Co")).isEqualTo("parties?name=Hassan%20Trading%20%26%20Co");
        assertThat(RegisterQueries.Kind.REFERENCE.path("INTERPOL 2023/4567")).isEqualTo("references/INTERPOL%202023-4567");
    }
}
