package org.heritagesentinel.http;

import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.ondemand.OnDemandScreening;
import org.heritagesentinel.register.RegisterJson;
import org.heritagesentinel.routing.SharingPolicy;

/**
 * Installs the register queries and on-demand screening ({@code POST /screen}) on the ops server, behind the gate (token, size, rate), only when
 * query tokens are configured: endpoints returning personal data are off by default.
 */
public final class QueryRoutes {
    private QueryRoutes() {
    }

    /** Longest on-demand screening request body: a declaration of some hundred items. */
    static final int MAX_SCREEN_BODY = 256 * 1024;

    /**
     * @param self      this instance's {@code host:port} as other instances reach it ({@code application.server})
     * @param onDemand  the stream's screening, for {@code POST /screen}
     */
    public static void install(OpsHttpServer server, SentinelConfig.Queries settings, StateLookup lookup, SharingPolicy policy,
                               String self, OnDemandScreening onDemand) {
        if (!settings.active()) {
            return;
        }
        RegisterQueryHandler register = new RegisterQueryHandler(lookup, new PeerForwarder(settings.forwardTimeout()),
            new RegisterJson(policy), self);
        server.register(RegisterQueryHandler.PREFIX, new GuardedRoute(new BearerAuthenticator(settings.tokenDigests()),
            new RequestRateLimiter(settings.ratePerSecond(), settings.burst(), System::nanoTime), settings.maxUriLength(),
            register));
        server.registerPost(ScreenHandler.PATH, MAX_SCREEN_BODY, new GuardedRoute(new BearerAuthenticator(settings.tokenDigests()),
            new RequestRateLimiter(settings.ratePerSecond(), settings.burst(), System::nanoTime), settings.maxUriLength(),
            new ScreenHandler(onDemand)));
    }
}
