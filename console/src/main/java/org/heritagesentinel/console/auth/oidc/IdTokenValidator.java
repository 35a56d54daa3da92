package org.heritagesentinel.console.auth.oidc;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signed by a key of the issuer's JWKS with an
 * asymmetric algorithm (never "none", never HMAC with a public key), issued by the configured issuer, for
 * this client, not expired, and carrying the nonce of this sign-in (a replayed token carries another).
 */
public final class IdTokenValidator {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
        JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
    private final String issuer;
    private final String clientId;
    private final JWKSource<SecurityContext> keys;

    public IdTokenValidator(String issuer, String clientId, JWKSource<SecurityContext> keys) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
    }

    public JWTClaimsSet validate(String idToken, String nonce) throws OidcRefusal {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
            new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(), Set.of("sub", "iat", "exp", "nonce")));
        try {
            return processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcRefusal("ID token refused: " + e.getMessage(), e);
        }
    }
}
