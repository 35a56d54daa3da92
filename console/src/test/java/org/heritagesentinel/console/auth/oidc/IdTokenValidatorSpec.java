package org.heritagesentinel.console.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdTokenValidatorSpec {
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static StubIssuer issuer;
    private static IdTokenValidator validator;

    @BeforeAll
    static void issuer() throws Exception {
        issuer = new StubIssuer();
        validator = new IdTokenValidator(issuer.issuer(), StubIssuer.CLIENT_ID,
            new ImmutableJWKSet<>(new JWKSet(issuer.key().toPublicJWK())));
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    private String token(String audience, String nonce, Instant expires) throws Exception {
        return issuer.idToken(audience, nonce, expires, Map.of("preferred_username", "rania.jo"));
    }

    @Test
    void aTokenOfTheIssuerForThisClientWithTheNonceIsAccepted() throws Exception {
        JWTClaimsSet claims = validator.validate(token(StubIssuer.CLIENT_ID, NONCE, Instant.now().plusSeconds(300)), NONCE);

        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("rania.jo");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String expired = token(StubIssuer.CLIENT_ID, NONCE, Instant.now().minusSeconds(600));

        assertThatThrownBy(() -> validator.validate(expired, NONCE)).isInstanceOf(OidcRefusal.class).hasMessageContaining("xpired");
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        String forOther = token("another-client", NONCE, Instant.now().plusSeconds(300));

        assertThatThrownBy(() -> validator.validate(forOther, NONCE)).isInstanceOf(OidcRefusal.class).hasMessageContaining("aud");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        IdTokenValidator expectingAnother = new IdTokenValidator("https://idp.example.org/realms/customs",
            StubIssuer.CLIENT_ID, new ImmutableJWKSet<>(new JWKSet(issuer.key().toPublicJWK())));

        assertThatThrownBy(() -> expectingAnother.validate(token(StubIssuer.CLIENT_ID, NONCE, Instant.now().plusSeconds(300)),
            NONCE)).isInstanceOf(OidcRefusal.class).hasMessageContaining("iss");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheIssuersKeyIdIsRefused() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(issuer.key().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
            SignedJWT.parse(token(StubIssuer.CLIENT_ID, NONCE, Instant.now().plusSeconds(300))).getJWTClaimsSet());
        forged.sign(new RSASSASigner(forger));

        assertThatThrownBy(() -> validator.validate(forged.serialize(), NONCE)).isInstanceOf(OidcRefusal.class)
            .hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String unsigned = new PlainJWT(SignedJWT.parse(token(StubIssuer.CLIENT_ID, NONCE, Instant.now().plusSeconds(300)))
            .getJWTClaimsSet()).serialize();

        assertThatThrownBy(() -> validator.validate(unsigned, NONCE)).isInstanceOf(OidcRefusal.class);
    }

    @Test
    void aTokenOfAnotherSignInIsRefused() throws Exception {
        String replayed = token(StubIssuer.CLIENT_ID, "nonce-of-another-sign-in", Instant.now().plusSeconds(300));

        assertThatThrownBy(() -> validator.validate(replayed, NONCE)).isInstanceOf(OidcRefusal.class)
            .hasMessageContaining("nonce");
    }
}
