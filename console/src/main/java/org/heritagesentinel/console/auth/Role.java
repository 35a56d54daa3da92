package org.heritagesentinel.console.auth;

import io.javalin.security.RouteRole;

/** What a console user may do: analysts decide alerts, supervisors also approve watchlist changes. */
public enum Role implements RouteRole {
    ANALYST, SUPERVISOR, ADMIN
}
