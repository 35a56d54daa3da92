package org.heritagesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretMaskingSpec {

    @Test
    void shouldHidePasswordsSecretsTokensAndTheJaasConfiguration() {
        // Given client settings of a SASL_SSL cluster and an authenticated registry
        Map<String, String> settings = Map.of(
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"app\" password=\"s3cr3t\";",
            "ssl.truststore.password", "trust-me",
            "ssl.keystore.password", "keys",
            "SSL.KEY.PASSWORD", "upper",
            "auth.client.secret", "client-secret",
            "sasl.oauthbearer.token.endpoint.url", "https://idp.example/token",
            "basic.auth.user.info", "app:pw",
            "ssl.keystore.key", "-----BEGIN ENCRYPTED PRIVATE KEY-----pem-----END ENCRYPTED PRIVATE KEY-----",
            "auth.username", "app");

        // When they are masked for the log
        Map<String, String> masked = SecretMasking.masked(settings);

        // Then no secret value is left, and what is not secret stays readable
        assertThat(masked).containsEntry("sasl.jaas.config", "[hidden]")
            .containsEntry("ssl.truststore.password", "[hidden]")
            .containsEntry("ssl.keystore.password", "[hidden]")
            .containsEntry("SSL.KEY.PASSWORD", "[hidden]")
            .containsEntry("auth.client.secret", "[hidden]")
            .containsEntry("sasl.oauthbearer.token.endpoint.url", "[hidden]")
            .containsEntry("basic.auth.user.info", "[hidden]")
            .containsEntry("ssl.keystore.key", "[hidden]")
            .containsEntry("auth.username", "app");
        assertThat(masked.toString()).doesNotContain("s3cr3t", "trust-me", "client-secret", "app:pw", "PRIVATE KEY");
    }

    @Test
    void shouldKeepOrdinarySettingsAndHideCredentialsWrittenIntoAUrl() {
        // Given ordinary settings and a URL carrying credentials
        Map<String, String> settings = Map.of(
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "ssl.truststore.location", "/etc/sentinel/truststore.p12",
            "url", "https://app:hunter2@registry.example/apis/registry/v3");

        // When they are masked
        Map<String, String> masked = SecretMasking.masked(settings);

        // Then they are unchanged, except the URL's credentials
        assertThat(masked).containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsEntry("ssl.truststore.location", "/etc/sentinel/truststore.p12")
            .containsEntry("url", "https://[hidden]@registry.example/apis/registry/v3");
    }
}
