package org.heritagesentinel.console.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.view.AlertBook;
import org.heritagesentinel.console.view.CaseFile;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.DecisionDesk;
import org.heritagesentinel.console.view.HitListing;

/**
 * One alert: its detail page and the analyst's decisions on it. An alert outside the user's authority is
 * answered exactly like an unknown one (404): a forged URL learns nothing.
 */
final class AlertRoutes {
    private static final List<String> DISMISS_REASONS = List.of("FALSE_MATCH", "DOCUMENTS_OK", "KNOWN_TRADER", "OTHER");
    private final ConsoleView view;
    private final DecisionDesk desk;
    private final Accounts accounts;
    private final Map<String, String> nextSteps;
    private final Templates templates;

    AlertRoutes(ConsoleView view, DecisionDesk desk, Accounts accounts, Map<String, String> nextSteps, Templates templates) {
        this.view = view;
        this.desk = desk;
        this.accounts = accounts;
        this.nextSteps = nextSteps;
        this.templates = templates;
    }

    void page(Context ctx) {
        Optional<CaseFile> file = find(ctx);
        if (file.isEmpty()) {
            notFound(ctx);
            return;
        }
        render(ctx, file.get(), "decided".equals(ctx.queryParam("notice")) ? "decided" : null, null);
    }

    void decide(Context ctx) throws Exception {
        Optional<CaseFile> found = find(ctx);
        if (found.isEmpty()) {
            notFound(ctx);
            return;
        }
        CaseFile file = found.get();
        Account user = Security.account(ctx);
        Page page = Security.page(ctx, "alert");
        DecisionKind kind = kind(ctx.formParam("kind"));
        String assignee = null;
        String reason = null;
        if (kind == DecisionKind.ASSIGNED) {
            assignee = ctx.formParam("assignee");
            String wanted = assignee;
            if (wanted == null || accounts.ofAuthority(user.authority()).stream().noneMatch(a -> a.username().equals(wanted))) {
                ctx.status(400);
                render(ctx, file, null, page.label("assignee.required"));
                return;
            }
        } else if (kind == DecisionKind.DISMISSED) {
            String code = ctx.formParam("reasonCode");
            String detail = Optional.ofNullable(ctx.formParam("reason")).orElse("").trim();
            if (code == null || !DISMISS_REASONS.contains(code) || ("OTHER".equals(code) && detail.isEmpty())) {
                ctx.status(400);
                render(ctx, file, null, page.label("reason.required"));
                return;
            }
            reason = detail.isEmpty() ? code : code + ": " + detail;
        } else if (kind == DecisionKind.UNKNOWN) {
            ctx.status(400);
            render(ctx, file, null, page.label("actions"));
            return;
        }
        int basis = parse(ctx.formParam("basis"));
        if (basis != file.decisionCount()) {
            conflict(ctx, file, page);
            return;
        }
        if (desk.decide(file, user, kind, assignee, reason, basis) == DecisionDesk.Verdict.SUPERSEDED) {
            conflict(ctx, file, page);
            return;
        }
        ctx.redirect("/alerts/" + file.alertId() + "?notice=decided");
    }

    private void conflict(Context ctx, CaseFile file, Page page) {
        Optional<AlertDecision> first = file.lastDecision();
        ctx.status(409);
        render(ctx, file, null, first.map(d -> page.label("conflict", d.getAnalyst(), d.getKind().name(),
            page.time(d.getDecidedAt()))).orElse(page.label("forbidden.text")));
    }

    private Optional<CaseFile> find(Context ctx) {
        Account user = Security.account(ctx);
        return view.book(user.authority()).flatMap(book -> book.find(ctx.pathParam("id")));
    }

    private void render(Context ctx, CaseFile file, String notice, String problem) {
        Account user = Security.account(ctx);
        AlertBook book = view.book(user.authority()).orElseThrow();
        List<String> steps = file.alert().getHits().stream().map(Hit::getRuleType).map(Enum::name)
            .map(rule -> nextSteps.getOrDefault(rule, nextSteps.getOrDefault("DEFAULT", ""))).toList();
        List<String> assignees = accounts.ofAuthority(user.authority()).stream().map(Account::username).toList();
        List<HitListing> listings = file.alert().getHits().stream().map(hit -> HitListing.of(hit,
            view.entries().find(hit.getEntryId()).filter(e -> view.entries().isVisibleTo(e, user.authority())))).toList();
        AlertPage page = new AlertPage(file, book.declaration(file).orElse(null), book.related(file), steps, listings,
            assignees, notice, problem);
        templates.render(ctx, "alert.jte", Map.of("page", Security.page(ctx, "alert"), "view", page));
    }

    private void notFound(Context ctx) {
        Page page = Security.page(ctx, "notfound");
        ctx.status(404);
        templates.render(ctx, "message.jte", Map.of("page", page, "text", page.label("notfound.text")));
    }

    private static DecisionKind kind(String value) {
        try {
            return value == null ? DecisionKind.UNKNOWN : DecisionKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DecisionKind.UNKNOWN;
        }
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
