package org.heritagesentinel.console.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountsSpec {

    @Test
    void readsUsersWithTheirAuthorityRolesLanguageAndTimeZone() {
        String line = Accounts.line("muhallil.jo", "pass phrase", "jo", "ar", "Asia/Amman", Role.ANALYST, Role.SUPERVISOR);
        Accounts accounts = Accounts.parse(List.of("# users", "", line), "accounts.txt");

        Account account = accounts.find("muhallil.jo").orElseThrow();
        assertThat(account.authority()).isEqualTo("JO");
        assertThat(account.roles()).isEqualTo(Set.of(Role.ANALYST, Role.SUPERVISOR));
        assertThat(account.language()).isEqualTo("ar");
        assertThat(account.zone()).isEqualTo(ZoneId.of("Asia/Amman"));
        assertThat(PasswordHashes.matches("pass phrase", account.passwordHash())).isTrue();
        assertThat(PasswordHashes.matches("pass phrase!", account.passwordHash())).isFalse();
        assertThat(accounts.authorities()).containsExactly("JO");
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> Accounts.parse(List.of("# x", "a:hash:JO:ANALYST:de:UTC"), "accounts.txt"))
            .hasMessageContaining("accounts.txt:2").hasMessageContaining("language");
        assertThatThrownBy(() -> Accounts.parse(List.of("a:hash:JO:CLERK:en:UTC"), "f")).hasMessageContaining("CLERK");
        assertThatThrownBy(() -> Accounts.parse(List.of("a:hash:JO"), "f")).hasMessageContaining("fields");
        assertThatThrownBy(() -> Accounts.parse(List.of("a:h:JO:ANALYST:en:UTC", "a:h:JO:ANALYST:en:UTC"), "f"))
            .hasMessageContaining("twice");
    }
}
