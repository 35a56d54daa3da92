package org.heritagesentinel.console.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Role;
import org.junit.jupiter.api.Test;

class FederatedAccountsSpec {
    private final FederatedAccounts accounts = new FederatedAccounts(SentinelConfig.Oidc.OFF, Set.of("JO", "MA")::contains);

    private static JWTClaimsSet claims(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("f3a1");
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void keycloakRealmRolesAuthorityLocaleAndZoneMakeTheUser() throws Exception {
        Account user = accounts.account(claims(Map.of("preferred_username", "rania.jo", "sentinel_authority", "jo",
            "realm_access", Map.of("roles", List.of("offline_access", "supervisor", "analyst")), "locale", "ar-JO",
            "zoneinfo", "Asia/Amman")));

        assertThat(user.username()).isEqualTo("rania.jo");
        assertThat(user.authority()).isEqualTo("JO");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ANALYST);
        assertThat(user.language()).isEqualTo("ar");
        assertThat(user.zone()).isEqualTo(ZoneId.of("Asia/Amman"));
        assertThat(user.passwordHash()).isEmpty();
    }

    @Test
    void aUserOfAnAuthorityThisConsoleDoesNotServeIsRefused() {
        assertThatThrownBy(() -> accounts.account(claims(Map.of("preferred_username", "x", "sentinel_authority", "EG",
            "realm_access", Map.of("roles", List.of("ANALYST")))))).isInstanceOf(OidcRefusal.class)
            .hasMessageContaining("'EG'");
    }

    @Test
    void aUserWithoutAConsoleRoleIsRefused() {
        assertThatThrownBy(() -> accounts.account(claims(Map.of("preferred_username", "x", "sentinel_authority", "JO",
            "realm_access", Map.of("roles", List.of("offline_access")))))).isInstanceOf(OidcRefusal.class)
            .hasMessageContaining("no console role");
    }

    @Test
    void aRolesClaimGivenAsOneStringIsRead() throws Exception {
        FederatedAccounts flat = new FederatedAccounts(new SentinelConfig.Oidc("https://idp", "c", "", "", "org.authority",
            "roles", "email"), Set.of("MA")::contains);

        Account user = flat.account(claims(Map.of("email", "a@douane.gov.ma", "org", Map.of("authority", "MA"),
            "roles", "ANALYST ADMIN")));

        assertThat(user.username()).isEqualTo("a@douane.gov.ma");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.ADMIN);
        assertThat(user.language()).isEqualTo("en");
        assertThat(user.zone()).isEqualTo(ZoneId.of("UTC"));
    }
}
