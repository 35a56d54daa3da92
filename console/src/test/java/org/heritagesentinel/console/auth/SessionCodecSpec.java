package org.heritagesentinel.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SessionCodecSpec {
    private final Clock now = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void anotherInstanceWithTheSameSecretReadsTheSession() {
        SessionCodec issuer = new SessionCodec("shared secret", Duration.ofHours(8), now);
        Session session = issuer.open("analyst.jo");
        String cookie = issuer.encode(session);

        assertThat(new SessionCodec("shared secret", Duration.ofHours(8), now).decode(cookie)).contains(session);
        assertThat(new SessionCodec("other secret", Duration.ofHours(8), now).decode(cookie)).isEmpty();
    }

    @Test
    void anAlteredOrExpiredCookieIsNoSession() {
        SessionCodec codec = new SessionCodec("s", Duration.ofHours(8), now);
        String cookie = codec.encode(codec.open("analyst.jo"));
        char[] altered = cookie.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';

        assertThat(codec.decode(new String(altered))).isEmpty();
        assertThat(codec.decode("not a cookie")).isEmpty();
        assertThat(new SessionCodec("s", Duration.ofHours(8), Clock.offset(now, Duration.ofHours(9))).decode(cookie)).isEmpty();
    }

    @Test
    void everySessionHasItsOwnCsrfToken() {
        SessionCodec codec = new SessionCodec("s", Duration.ofHours(8), now);
        assertThat(codec.open("a").csrfToken()).hasSize(48).isNotEqualTo(codec.open("a").csrfToken());
    }

    @Test
    void theSessionOfAUserOfTheIdentityProviderCarriesTheAccountItsClaimsGave() {
        SessionCodec codec = new SessionCodec("s", Duration.ofHours(8), now);
        Account federated = new Account("rania.jo", "", "JO", java.util.EnumSet.of(Role.SUPERVISOR, Role.ANALYST), "ar",
            java.time.ZoneId.of("Asia/Amman"));

        Session read = codec.decode(codec.encode(codec.open(federated))).orElseThrow();

        assertThat(read.federatedAccount()).contains(federated);
        assertThat(codec.decode(codec.encode(codec.open("analyst.jo"))).orElseThrow().federatedAccount()).isEmpty();
    }
}
