package org.heritagesentinel.console.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.FourEyes;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.ListingDesk;

/**
 * The watchlist with four eyes: search, a draft party listing (validated like every submission), and the
 * approval by a second supervisor. The approval rule is checked here for every request.
 */
final class WatchlistRoutes {
    private final ConsoleView view;
    private final ListingDesk desk;
    private final Templates templates;

    WatchlistRoutes(ConsoleView view, ListingDesk desk, Templates templates) {
        this.view = view;
        this.desk = desk;
        this.templates = templates;
    }

    void page(Context ctx) {
        render(ctx, List.of(), Map.of(), "approved".equals(ctx.queryParam("notice")) || "drafted".equals(ctx.queryParam("notice"))
            ? ctx.queryParam("notice") : null);
    }

    void draft(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        String entryId = Optional.ofNullable(ctx.formParam("entryId")).orElse("").trim();
        List<String> names = Arrays.stream(Optional.ofNullable(ctx.formParam("names")).orElse("").split("\\R"))
            .map(String::trim).filter(n -> !n.isEmpty()).toList();
        int weight;
        try {
            weight = Integer.parseInt(Optional.ofNullable(ctx.formParam("riskWeight")).orElse("").trim());
        } catch (NumberFormatException e) {
            weight = -1;
        }
        List<String> problems = view.entries().find(entryId).isPresent()
            ? List.of("entryId: " + entryId + " is already listed")
            : desk.draftParty(user, entryId, names, Optional.ofNullable(ctx.formParam("country")).orElse("").trim()
                .toUpperCase(Locale.ROOT), blankToNull(ctx.formParam("legalBasis")), blankToNull(ctx.formParam("reason")),
                weight);
        if (!problems.isEmpty()) {
            ctx.status(400);
            render(ctx, problems, ctx.formParamMap().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().isEmpty() ? "" : e.getValue().get(0))), null);
            return;
        }
        ctx.redirect("/watchlist?notice=drafted");
    }

    void approve(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> draft = view.entries().find(ctx.pathParam("id"))
            .filter(e -> e.getListingAuthority().equals(user.authority()));
        if (draft.isEmpty()) {
            ctx.status(404);
            render(ctx, List.of("no draft " + ctx.pathParam("id") + " of your authority"), Map.of(), null);
            return;
        }
        Optional<String> refusal = FourEyes.refusal(user, draft.get());
        if (refusal.isPresent()) {
            ctx.status(403);
            render(ctx, List.of(refusal.get()), Map.of(), null);
            return;
        }
        desk.approve(draft.get(), user);
        ctx.redirect("/watchlist?notice=approved");
    }

    private void render(Context ctx, List<String> problems, Map<String, String> form, String notice) {
        Account user = Security.account(ctx);
        List<WatchlistEntry> entries = view.entries().visibleTo(user.authority(), ctx.queryParam("q"));
        List<String> approvable = entries.stream().filter(e -> FourEyes.refusal(user, e).isEmpty())
            .map(e -> e.getEntryId()).toList();
        templates.render(ctx, "watchlist.jte", Map.of("page", Security.page(ctx, "watchlist"), "view",
            new WatchlistPage(entries, approvable, Optional.ofNullable(ctx.queryParam("q")).orElse(""), problems, form,
                notice == null ? "" : notice)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
