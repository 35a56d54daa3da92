package org.heritagesentinel.console.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Role;
import org.heritagesentinel.console.register.RegisterQueries;
import org.heritagesentinel.console.view.AlertBook;
import org.heritagesentinel.console.view.AuditCsv;
import org.heritagesentinel.console.view.AuditTrail;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.RulePerformance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's side of the console: the seized-object register asked as the user's authority, how each
 * rule fares with the analysts' decisions, and the audit export of a period (SUPERVISOR and ADMIN only).
 */
final class OperationsRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
    private static final int DEFAULT_PERIOD_DAYS = 30;
    private final ConsoleView view;
    private final RegisterQueries register;
    private final AuditTrail audit;
    private final Templates templates;

    OperationsRoutes(ConsoleView view, RegisterQueries register, AuditTrail audit, Templates templates) {
        this.view = view;
        this.register = register;
        this.audit = audit;
        this.templates = templates;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/register", this::register);
        routes.get("/performance", this::performance);
        routes.get("/audit.csv", this::export);
    }

    private void register(Context ctx) {
        Account user = Security.account(ctx);
        String kind = Optional.ofNullable(ctx.queryParam("kind")).filter(RegisterPage.KINDS::contains).orElse("PARTY_NAME");
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").trim();
        RegisterQueries.Answer answer = null;
        String problem = "";
        if (!register.available(user.authority())) {
            problem = "register.off";
        } else if (!query.isEmpty()) {
            try {
                answer = register.ask(user.authority(), RegisterQueries.Kind.valueOf(kind), query);
                problem = answer.found() ? "" : "register.status." + (answer.status() == 404 ? "404" : "other");
            } catch (IOException e) {
                LOG.warn("console: the register did not answer: {}", e.getMessage());
                ctx.status(502);
                problem = "register.unreachable";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ctx.status(503);
                problem = "register.unreachable";
            }
        }
        templates.render(ctx, "register.jte", Map.of("page", Security.page(ctx, "register"), "view",
            new RegisterPage(register.available(user.authority()), kind, query, answer, problem)));
    }

    private void performance(Context ctx) {
        Account user = Security.account(ctx);
        LocalDate today = LocalDate.now(user.zone());
        templates.render(ctx, "performance.jte", Map.of("page", Security.page(ctx, "performance"), "view",
            new PerformancePage(RulePerformance.of(book(user).files()), mayExport(user),
                today.minusDays(DEFAULT_PERIOD_DAYS).toString(), today.toString())));
    }

    /** The days {@code from}..{@code to} (both included) in the user's time zone. */
    private void export(Context ctx) {
        Account user = Security.account(ctx);
        if (!mayExport(user)) {
            message(ctx, 403, "forbidden", "audit.supervisors-only");
            return;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(Optional.ofNullable(ctx.queryParam("from")).orElse("").trim());
            last = LocalDate.parse(Optional.ofNullable(ctx.queryParam("to")).orElse("").trim());
        } catch (DateTimeParseException e) {
            message(ctx, 400, "audit", "audit.bad-period");
            return;
        }
        if (last.isBefore(first)) {
            message(ctx, 400, "audit", "audit.bad-period");
            return;
        }
        ZoneId zone = user.zone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        byte[] csv = AuditCsv.write(audit.between(book(user), from, to));
        LOG.info("console: {} of {} exported the audit of {} .. {}", user.username(), user.authority(), from, to);
        ctx.header("Content-Disposition", "attachment; filename=\"sentinel-audit-" + user.authority().toLowerCase(Locale.ROOT)
            + "-" + first + "-" + last + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv);
    }

    private void message(Context ctx, int status, String titleKey, String textKey) {
        Page page = Security.page(ctx, titleKey);
        ctx.status(status);
        templates.render(ctx, "message.jte", Map.of("page", page, "text", page.label(textKey)));
    }

    private static boolean mayExport(Account user) {
        return user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
    }

    private AlertBook book(Account user) {
        return view.book(user.authority()).orElseThrow(() -> new IllegalStateException(
            "this console does not serve authority " + user.authority()));
    }
}
