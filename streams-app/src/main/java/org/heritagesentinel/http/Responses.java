package org.heritagesentinel.http;

import io.javalin.http.Context;

final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void send(Context ctx, int status, String contentType, String body) {
        ctx.status(status).contentType(contentType).header("Cache-Control", "no-store").result(body);
    }

    static void sendEmpty(Context ctx, int status) {
        ctx.status(status).result("");
    }
}
