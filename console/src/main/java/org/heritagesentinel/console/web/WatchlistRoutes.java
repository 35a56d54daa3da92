package org.heritagesentinel.console.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.javalin.http.Context;
import org.heritagesentinel.app.ProfileTrial;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.FourEyes;
import org.heritagesentinel.console.auth.Role;
import org.heritagesentinel.console.listing.DraftForm;
import org.heritagesentinel.console.listing.FieldProblems;
import org.heritagesentinel.console.listing.FormMessage;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.DraftTrial;
import org.heritagesentinel.console.view.ListingDesk;

/**
 * The watchlist with four eyes: search; a draft of any kind of entry, new or edited, validated like every
 * submission and refused field by field; the review of a draft, approved or rejected with a reason by a
 * second supervisor; the delisting of an active entry, requested by a supervisor with a reason, approved or rejected by
 * a second one. The approval rule is checked here for every request, whatever the page showed.
 */
final class WatchlistRoutes {
    private static final List<String> NOTICES = List.of("approved", "drafted", "rejected", "delisting-requested", "delisted",
        "delisting-rejected");
    /** Declarations the console holds are bounded by the topic's retention anyway; a year is the most asked. */
    private static final int MAX_TRIAL_DAYS = 366;
    private final ConsoleView view;
    private final ListingDesk desk;
    private final Templates templates;
    private final DraftTrial trial;

    WatchlistRoutes(ConsoleView view, ListingDesk desk, Templates templates) {
        this.view = view;
        this.desk = desk;
        this.templates = templates;
        this.trial = desk.trialOver(view.declarations());
    }

    /** The list and the draft form: empty of the kind asked for, or the draft {@code ?edit=} names. */
    void page(Context ctx) {
        Account user = Security.account(ctx);
        String notice = Optional.ofNullable(ctx.queryParam("notice")).filter(NOTICES::contains).orElse("");
        Optional<WatchlistEntry> edited = Optional.ofNullable(ctx.queryParam("edit")).flatMap(view.entries()::find)
            .filter(e -> isDraftOf(e, user));
        DraftForm form = edited.map(DraftForm::of)
            .orElseGet(() -> new DraftForm(DraftForm.kind(ctx.queryParam("kind")), Map.of()));
        render(ctx, form, edited.map(WatchlistEntry::getEntryId).orElse(""), FieldProblems.none(), notice, null);
    }

    void draft(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        if (!user.has(Role.ANALYST) && !user.has(Role.SUPERVISOR)) {
            ctx.status(403);
            FieldProblems refused = FieldProblems.none();
            refused.onDraft(FormMessage.of("draft.problem.not-allowed"));
            render(ctx, new DraftForm(DraftForm.kind(ctx.formParam("kind")), Map.of()), "", refused, "", null);
            return;
        }
        DraftForm form = form(ctx);
        String editing = Optional.ofNullable(ctx.formParam("edit")).orElse("");
        String entryId = form.value("entryId").trim();
        Optional<WatchlistEntry> listed = view.entries().find(entryId);
        FieldProblems problems;
        if (listed.isPresent() && !(editing.equals(entryId) && isDraftOf(listed.get(), user))) {
            problems = FieldProblems.none();
            problems.on("entryId", FormMessage.of("draft.problem.already-listed", entryId));
        } else {
            DraftForm.Draft draft = form.toDraft(user.username(), user.authority(),
                listed.map(e -> e.getRevision() + 1).orElse(1L));
            problems = draft.problems();
            // publish only what reads in full; otherwise show the validator's view of the rest at once
            problems.merge(problems.isEmpty() ? desk.draft(draft.entry()) : desk.problems(draft.entry()), form.fields());
        }
        if (!problems.isEmpty()) {
            ctx.status(400);
            render(ctx, form, editing, problems, "", null);
            return;
        }
        ctx.redirect("/watchlist?notice=drafted");
    }

    /** What the draft in the form would have hit over the last days, as if active; nothing is published. */
    void trial(Context ctx) {
        Account user = Security.account(ctx);
        DraftForm form = form(ctx);
        DraftForm.Draft draft = form.toDraft(user.username(), user.authority(), 1);
        FieldProblems problems = draft.problems();
        int days = trialDays(form.value("days"));
        if (days < 1) {
            problems.on("days", FormMessage.of("draft.problem.trial-days", MAX_TRIAL_DAYS));
        }
        problems.merge(desk.problems(draft.entry()), form.fields());
        String editing = Optional.ofNullable(ctx.formParam("edit")).orElse("");
        if (!problems.isEmpty()) {
            ctx.status(400);
            render(ctx, form, editing, problems, "", null);
            return;
        }
        render(ctx, form, editing, problems, "", trial.run(draft.entry(), user.authority(), days, Instant.now()));
    }

    /** One entry: what it lists, and for a draft the approval and the rejection by a second supervisor. */
    void review(Context ctx) {
        Optional<WatchlistEntry> entry = visible(ctx);
        if (entry.isEmpty()) {
            notFound(ctx);
            return;
        }
        renderReview(ctx, entry.get(), "", "");
    }

    /** Approves a draft (→ ACTIVE) or a requested delisting (→ delisted), by a second supervisor. */
    void approve(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> pending = pendingOfPath(ctx);
        if (pending.isEmpty()) {
            return;
        }
        Optional<String> refusal = FourEyes.refusal(user, pending.get());
        if (refusal.isPresent()) {
            ctx.status(403);
            renderReview(ctx, pending.get(), "", refusal.get());
            return;
        }
        if (isDelistingRequested(pending.get())) {
            desk.approveDelisting(pending.get(), user);
            ctx.redirect("/watchlist?notice=delisted");
        } else {
            desk.approve(pending.get(), user);
            ctx.redirect("/watchlist?notice=approved");
        }
    }

    /** Rejects a draft (removed) or a requested delisting (ACTIVE again), with a reason, by a second supervisor. */
    void reject(Context ctx) throws Exception {
        Optional<WatchlistEntry> pending = pendingOfPath(ctx);
        if (pending.isEmpty()) {
            return;
        }
        Optional<String> refusal = FourEyes.refusal(Security.account(ctx), pending.get());
        String reason = reason(ctx);
        if (refusal.isPresent() || reason.isEmpty()) {
            ctx.status(refusal.isPresent() ? 403 : 400);
            renderReview(ctx, pending.get(), reason, refusal.orElse(""));
            return;
        }
        if (isDelistingRequested(pending.get())) {
            desk.rejectDelisting(pending.get(), Security.account(ctx), reason);
            ctx.redirect("/watchlist?notice=delisting-rejected");
        } else {
            desk.reject(pending.get(), Security.account(ctx), reason);
            ctx.redirect("/watchlist?notice=rejected");
        }
    }

    /** A supervisor of the listing authority asks, with a reason, that an active entry be delisted; it keeps matching. */
    void requestDelisting(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> entry = view.entries().find(ctx.pathParam("id"))
            .filter(e -> e.getListingAuthority().equals(user.authority()));
        if (entry.isEmpty()) {
            notFound(ctx);
            return;
        }
        Optional<String> refusal = FourEyes.delistingRefusal(user, entry.get());
        String reason = reason(ctx);
        if (refusal.isPresent() || reason.isEmpty()) {
            ctx.status(refusal.isPresent() ? 403 : 400);
            renderReview(ctx, entry.get(), reason, refusal.orElse(""));
            return;
        }
        desk.requestDelisting(entry.get(), user, reason);
        ctx.redirect("/watchlist?notice=delisting-requested");
    }

    private static String reason(Context ctx) {
        return Optional.ofNullable(ctx.formParam("reason")).orElse("").trim();
    }

    private static DraftForm form(Context ctx) {
        return new DraftForm(DraftForm.kind(ctx.formParam("kind")), ctx.formParamMap().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty()).collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
    }

    /** The trial's period in days, or 0 when it is no whole number within bounds. */
    private static int trialDays(String value) {
        try {
            int days = Integer.parseInt(value.isBlank() ? String.valueOf(WatchlistPage.DEFAULT_TRIAL_DAYS) : value.trim());
            return days >= 1 && days <= MAX_TRIAL_DAYS ? days : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The draft or requested delisting of the user's authority the path names; answers the 404 page when there is none.
     */
    private Optional<WatchlistEntry> pendingOfPath(Context ctx) {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> pending = view.entries().find(ctx.pathParam("id"))
            .filter(e -> isDraftOf(e, user) || isDelistingRequested(e) && e.getListingAuthority().equals(user.authority()));
        if (pending.isEmpty()) {
            notFound(ctx);
        }
        return pending;
    }

    private static boolean isDelistingRequested(WatchlistEntry entry) {
        return entry.getStatus() == EntryStatus.DELISTING_REQUESTED;
    }

    private Optional<WatchlistEntry> visible(Context ctx) {
        Account user = Security.account(ctx);
        return view.entries().find(ctx.pathParam("id")).filter(e -> view.entries().isVisibleTo(e, user.authority()));
    }

    private static boolean isDraftOf(WatchlistEntry entry, Account user) {
        return entry.getStatus() == EntryStatus.DRAFT && entry.getListingAuthority().equals(user.authority());
    }

    private void render(Context ctx, DraftForm form, String editing, FieldProblems problems, String notice,
                        ProfileTrial.Report trialReport) {
        Account user = Security.account(ctx);
        List<WatchlistEntry> entries = view.entries().visibleTo(user.authority(), ctx.queryParam("q"));
        List<String> approvable = entries.stream().filter(e -> FourEyes.refusal(user, e).isEmpty())
            .map(e -> e.getEntryId()).toList();
        templates.render(ctx, "watchlist.jte", Map.of("page", Security.page(ctx, "watchlist"), "view",
            new WatchlistPage(entries, approvable, Optional.ofNullable(ctx.queryParam("q")).orElse(""), form, editing,
                problems, notice, Optional.ofNullable(trialReport))));
    }

    /**
     * @param reason   the reason of the rejection or of the delisting request as typed (kept when it is refused)
     * @param refusal  why the user may not review this draft or delisting, or request this delisting; or empty
     */
    private void renderReview(Context ctx, WatchlistEntry entry, String reason, String refusal) {
        Account user = Security.account(ctx);
        boolean pending = isDraftOf(entry, user) || isDelistingRequested(entry) && entry.getListingAuthority().equals(user.authority());
        String why = !refusal.isEmpty() || !pending ? refusal : FourEyes.refusal(user, entry).orElse("");
        templates.render(ctx, "review.jte", Map.of("page", Security.page(ctx, "watchlist"), "view",
            new ReviewPage(entry, DraftForm.of(entry), pending && why.isEmpty(), isDraftOf(entry, user),
                FourEyes.delistingRefusal(user, entry).isEmpty(), reason, why,
                ctx.method().name().equals("POST") && reason.isEmpty() && refusal.isEmpty())));
    }

    private void notFound(Context ctx) {
        Page page = Security.page(ctx, "notfound");
        ctx.status(404);
        templates.render(ctx, "message.jte", Map.of("page", page, "text", page.label("notfound.text")));
    }
}
