package org.heritagesentinel.console.web;

import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.view.AlertBook;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.QueueFilter;
import org.heritagesentinel.console.view.QueueView;

/** The alert queue of the user's authority, and its live feed (server-sent events). */
final class QueueRoutes {
    private final ConsoleView view;
    private final Templates templates;

    QueueRoutes(ConsoleView view, Templates templates) {
        this.view = view;
        this.templates = templates;
    }

    void page(Context ctx) {
        templates.render(ctx, "queue.jte", Map.of("page", Security.page(ctx, "queue"), "view", queue(ctx)));
    }

    /** The counts and rows alone: what the page asks for when the feed says the queue changed. */
    void live(Context ctx) {
        templates.render(ctx, "live.jte", Map.of("page", Security.page(ctx, "queue"), "view", queue(ctx)));
    }

    private QueueView queue(Context ctx) {
        Account user = Security.account(ctx);
        QueueFilter filter = QueueFilter.of(ctx.queryParam("lane"), ctx.queryParam("severity"), ctx.queryParam("status"),
            ctx.queryParam("rule"), ctx.queryParam("office"), ctx.queryParam("from"), ctx.queryParam("to"),
            ctx.queryParam("sort"));
        return book(user).queue(filter, user.username(), user.zone());
    }

    void events(SseClient client) {
        Account user = Security.account(client.ctx());
        Optional<AlertBook> book = Optional.ofNullable(user).flatMap(u -> view.book(u.authority()));
        if (book.isEmpty()) {
            client.close();
            return;
        }
        Runnable changed = () -> client.sendEvent("alerts", "changed");
        book.get().onChange(changed);
        client.onClose(() -> book.get().removeListener(changed));
        client.keepAlive();
    }

    private AlertBook book(Account user) {
        return view.book(user.authority()).orElseThrow(() -> new IllegalStateException(
            "this console does not serve authority " + user.authority()));
    }
}
