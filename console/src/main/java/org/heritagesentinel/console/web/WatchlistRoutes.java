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
 * second supervisor. The approval rule is checked here for every request, whatever the page showed.
 */
final class WatchlistRoutes {
    private static final List<String> NOTICES = List.of("approved", "drafted", "rejected");
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

    void approve(Context ctx) throws Exception {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> draft = draftOfPath(ctx);
        if (draft.isEmpty()) {
            return;
        }
        Optional<String> refusal = FourEyes.refusal(user, draft.get());
        if (refusal.isPresent()) {
            ctx.status(403);
            renderReview(ctx, draft.get(), "", refusal.get());
            return;
        }
        desk.approve(draft.get(), user);
        ctx.redirect("/watchlist?notice=approved");
    }

    void reject(Context ctx) throws Exception {
        Optional<WatchlistEntry> draft = draftOfPath(ctx);
        if (draft.isEmpty()) {
            return;
        }
        Optional<String> refusal = FourEyes.refusal(Security.account(ctx), draft.get());
        String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").trim();
        if (refusal.isPresent() || reason.isEmpty()) {
            ctx.status(refusal.isPresent() ? 403 : 400);
            renderReview(ctx, draft.get(), reason, refusal.orElse(""));
            return;
        }
        desk.reject(draft.get(), Security.account(ctx), reason);
        ctx.redirect("/watchlist?notice=rejected");
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

    /** The draft of the user's authority the path names; answers the 404 page when there is none. */
    private Optional<WatchlistEntry> draftOfPath(Context ctx) {
        Account user = Security.account(ctx);
        Optional<WatchlistEntry> draft = view.entries().find(ctx.pathParam("id")).filter(e -> isDraftOf(e, user));
        if (draft.isEmpty()) {
            notFound(ctx);
        }
        return draft;
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
     * @param reason   the rejection reason as typed (kept when the rejection is refused)
     * @param refusal  why the user may not review this draft, or empty
     */
    private void renderReview(Context ctx, WatchlistEntry entry, String reason, String refusal) {
        Account user = Security.account(ctx);
        boolean ownDraft = isDraftOf(entry, user);
        String why = !refusal.isEmpty() || !ownDraft ? refusal : FourEyes.refusal(user, entry).orElse("");
        templates.render(ctx, "review.jte", Map.of("page", Security.page(ctx, "watchlist"), "view",
            new ReviewPage(entry, DraftForm.of(entry), ownDraft && why.isEmpty(), ownDraft, reason, why,
                ctx.method().name().equals("POST") && reason.isEmpty() && refusal.isEmpty())));
    }

    private void notFound(Context ctx) {
        Page page = Security.page(ctx, "notfound");
        ctx.status(404);
        templates.render(ctx, "message.jte", Map.of("page", page, "text", page.label("notfound.text")));
    }
}
