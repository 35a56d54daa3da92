package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.QueryTokens;
import org.heritagesentinel.config.SentinelConfig;
import org.junit.jupiter.api.Test;

class BearerAuthenticatorSpec {
    private final BearerAuthenticator authenticator = new BearerAuthenticator(
        Map.of("JO", QueryTokens.digest("s3cret-jo"), "MA", QueryTokens.digest("s3cret-ma")));

    @Test
    void shouldNameTheAuthorityOfAValidBearerToken() {
        assertThat(authenticator.authority("Bearer s3cret-jo")).hasValue("JO");
        assertThat(authenticator.authority("bearer s3cret-ma")).hasValue("MA");
    }

    @Test
    void shouldRefuseMissingWrongOrOtherSchemeCredentials() {
        assertThat(authenticator.authority(null)).isEmpty();
        assertThat(authenticator.authority("Bearer s3cret-xx")).isEmpty();
        assertThat(authenticator.authority("Basic czNjcmV0LWpv")).isEmpty();
        assertThat(authenticator.authority("s3cret-jo")).isEmpty();
    }

    @Test
    void shouldKeepOnlyDigestsOfTokensInTheConfiguration() {
        // Given
        SentinelConfig config = ConfigLoader.withOverrides(Map.of("queries.tokens", "jo=s3cret-jo, MA=s3cret-ma"));

        // Then
        SentinelConfig.Queries queries = config.coordination().queries();
        assertThat(queries.active()).isTrue();
        assertThat(queries.tokenDigests()).containsOnlyKeys("JO", "MA");
        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain(QueryTokens.digest("s3cret-jo"));
        assertThat(ConfigLoader.defaultsOnly().coordination().queries().active()).isFalse();
    }
}
