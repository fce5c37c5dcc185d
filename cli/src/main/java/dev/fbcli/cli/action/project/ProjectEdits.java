package dev.fbcli.cli.action.project;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectMember;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * project.edit (title, budget, rate, fixed price, due date; before → after, the values before
 * journaled), project.complete, project.archive ({@code active: false}, FreshBooks' archived
 * project) and project.unassign. Every PUT carries the title (API.md §5.10).
 */
public final class ProjectEdits {
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ProjectEdits(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public Plan edit(Intent.EditProject e) {
        ProjectDto p = project(e.project());
        String code = currencies.business();
        ProjectDraft patch = ProjectDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Cmd cmd = Cmd.of("project", "edit").arg(p.title());
        boolean fixed = "fixed_price".equals(p.projectType());

        if (e.newTitle() != null && !e.newTitle().equals(p.title())) {
            patch = patch.withTitle(e.newTitle());
            previous.put("title", p.title());
            changes.add("title: " + p.title() + " → " + e.newTitle());
            if (names.cache().projects().stream()
                    .anyMatch(x -> x.name().equalsIgnoreCase(e.newTitle()) && !x.id().equals(String.valueOf(p.id())))) {
                warnings.add("another project is named " + e.newTitle());
            }
        }
        cmd.opt("--title", e.newTitle());
        BigDecimal rate = p.rate();
        if (e.rate() != null) {
            BigDecimal r = cents(e.rate().amount());
            if (r.signum() <= 0) {
                throw new CliException.Usage("an hourly rate must be more than zero");
            }
            if (rate == null || rate.compareTo(r) != 0) {
                patch = patch.withRate(r);
                previous.put("rate", rate == null ? null : Fmt.amount(rate));
                changes.add("rate: " + (rate == null ? "(none)" : Fmt.money(rate, code) + "/h") + " → "
                        + Fmt.money(r, code) + "/h");
            }
            if (!fixed && !"project_rate".equals(p.billingMethod())) {
                patch = patch.withBillingMethod("project_rate");
                previous.put("billing_method", p.billingMethod());
                changes.add("billed at: " + words(p.billingMethod()) + " → the project's rate");
            }
            if (fixed) {
                warnings.add(p.title() + " is billed at a fixed price; its hourly rate only counts for reports");
            }
            rate = r;
            cmd.opt("--rate", Fmt.amount(r));
        }
        if (e.fixedPrice() != null) {
            BigDecimal f = cents(e.fixedPrice().amount());
            if (p.fixedPrice() == null || p.fixedPrice().compareTo(f) != 0) {
                patch = patch.withFixedPrice(f);
                previous.put("fixed_price", p.fixedPrice() == null ? null : Fmt.amount(p.fixedPrice()));
                changes.add("fixed price: " + (p.fixedPrice() == null ? "(none)" : Fmt.money(p.fixedPrice(), code))
                        + " → " + Fmt.money(f, code));
            }
            if (!fixed) {
                patch = patch.withProjectType("fixed_price");
                previous.put("project_type", p.projectType());
                changes.add("billing: hourly → fixed price");
            }
            cmd.opt("--fixed-price", Fmt.amount(f));
        }
        BigDecimal hours = e.budgetHours();
        String from = "";
        if (e.budgetAmount() != null) {
            BigDecimal amount = e.budgetAmount().amount();
            if (rate == null || rate.signum() <= 0) {
                throw new CliException.Usage(
                        "FreshBooks budgets a project in hours, and " + p.title() + " has no hourly rate to turn "
                                + Fmt.money(amount, code) + " into hours",
                        "give the budget in hours (--budget-hours), or a rate with it (--rate)");
            }
            if (hours != null) {
                throw new CliException.Usage("give the budget in hours or as an amount, not both");
            }
            hours = amount.divide(rate, 2, RoundingMode.HALF_UP);
            from = " (" + Fmt.money(amount, code) + " at " + Fmt.money(rate, code) + "/h)";
        }
        if (hours != null) {
            long seconds =
                    hours.multiply(HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (p.budget() == null || p.budget() != seconds) {
                patch = patch.withBudget(seconds);
                previous.put("budget", p.budget());
                changes.add("budget: "
                        + (p.budget() == null || p.budget() == 0 ? "(none)" : Fmt.hours(p.budget()) + " h") + " → "
                        + Fmt.hours(seconds) + " h" + from);
            }
            cmd.opt("--budget-hours", Fmt.qty(hours));
        }
        if (e.dueDate() != null) {
            if (!e.dueDate().equals(p.dueDate())) {
                patch = patch.withDueDate(e.dueDate());
                previous.put(
                        "due_date", p.dueDate() == null ? null : p.dueDate().toString());
                changes.add("due: " + (p.dueDate() == null ? "(none)" : Fmt.day(p.dueDate(), account.today())) + " → "
                        + Fmt.day(e.dueDate(), account.today()));
                if (e.dueDate().isBefore(account.today())) {
                    warnings.add("the new due date is in the past");
                }
            }
            cmd.opt("--due", e.dueDate());
        }
        if (previous.isEmpty()) {
            throw new CliException.Usage("the project " + p.title() + " already has those values");
        }
        ProjectDraft change = patch;
        String id = String.valueOf(p.id());
        return new Plan(
                "Change the project " + p.title() + " (project " + id + ")",
                changes,
                warnings,
                cmd.toString(),
                null,
                () -> {
                    ProjectDto after = account.client().projects().update(p.id(), change);
                    if (previous.containsKey("title")) {
                        refreshNames();
                    }
                    return new Applied(
                            "Changed the project " + after.title() + ": " + String.join("; ", changes),
                            "project",
                            id,
                            account.link("project", id),
                            Results.json("project", id, after),
                            List.of(new Undo.Restore("project", id, "the project " + p.title(), previous)));
                });
    }

    public Plan complete(Intent.CompleteProject c) {
        ProjectDto p = project(c.project());
        if (Boolean.TRUE.equals(p.complete())) {
            throw new CliException.Usage("the project " + p.title() + " is already complete");
        }
        List<String> warnings = new ArrayList<>();
        long unbilled = unbilledSeconds(p);
        if (unbilled > 0) {
            warnings.add(Fmt.hours(unbilled) + " h of billable time on " + p.title() + " is not invoiced yet");
        }
        String id = String.valueOf(p.id());
        return new Plan(
                "Mark the project " + p.title() + " (project " + id + ") complete",
                List.of("no more time is expected on it; it stays with its time and invoices"),
                warnings,
                Cmd.of("project", "complete").arg(p.title()).toString(),
                null,
                () -> {
                    ProjectDto after = account.client()
                            .projects()
                            .update(p.id(), ProjectDraft.empty().withComplete(true));
                    refreshNames();
                    return new Applied(
                            "Marked the project " + p.title() + " complete",
                            "project",
                            id,
                            account.link("project", id),
                            Results.json("project", id, after),
                            List.of(new Undo.Restore(
                                    "project", id, "the project " + p.title(), Map.of("complete", false))));
                });
    }

    public Plan archive(Intent.ArchiveProject a) {
        ProjectDto p = project(a.project());
        if (Boolean.FALSE.equals(p.active())) {
            throw new CliException.Usage("the project " + p.title() + " is already archived");
        }
        List<String> warnings = new ArrayList<>();
        long unbilled = unbilledSeconds(p);
        if (unbilled > 0) {
            warnings.add(Fmt.hours(unbilled) + " h of billable time on " + p.title() + " is not invoiced yet");
        }
        String id = String.valueOf(p.id());
        return new Plan(
                "Archive the project " + p.title() + " (project " + id + ")",
                List.of(
                        "kept with its time and invoices; FreshBooks lists it as inactive until it is made active again"),
                warnings,
                Cmd.of("project", "archive").arg(p.title()).toString(),
                null,
                () -> {
                    ProjectDto after = account.client()
                            .projects()
                            .update(p.id(), ProjectDraft.empty().withActive(false));
                    refreshNames();
                    return new Applied(
                            "Archived the project " + p.title(),
                            "project",
                            id,
                            account.link("project", id),
                            Results.json("project", id, after),
                            List.of(new Undo.Restore(
                                    "project", id, "the project " + p.title(), Map.of("active", true))));
                });
    }

    /**
     * project.unassign: FreshBooks' API has no call that takes someone off a project (team membership
     * is read-only in {@code group}, API.md §5.10; none of the official SDKs or the Postman
     * collection has one), so fb checks what was asked and says where to do it, changing nothing.
     */
    public Plan unassign(Intent.UnassignProject u) {
        ProjectDto p = project(u.project());
        Candidate member = names.member(u.member());
        Entry m = names.entry(Kind.TEAM_MEMBER, member.id());
        String email = m == null ? null : m.detail();
        boolean on = p.group() != null
                && p.group().members().stream()
                        .anyMatch(x -> email != null && email.equalsIgnoreCase(x.email())
                                || m != null
                                        && m.parentId() != null
                                        && m.parentId().equals(String.valueOf(x.identityId())));
        if (!on) {
            List<String> team = p.group() == null
                    ? List.of()
                    : p.group().members().stream().map(ProjectEdits::name).toList();
            throw new CliException.Usage(
                    member.name() + " is not on the project " + p.title(),
                    team.isEmpty() ? null : "its team: " + String.join(", ", team));
        }
        throw new CliException.Failure(
                "FreshBooks' API has no way to take " + member.name() + " off the project " + p.title()
                        + "; nothing was changed",
                "remove them in FreshBooks, on the project's Team tab: " + account.link("project", p.id()),
                null);
    }

    private static String name(ProjectMember x) {
        return ((x.firstName() == null ? "" : x.firstName()) + " " + (x.lastName() == null ? "" : x.lastName()))
                .strip();
    }

    private ProjectDto project(String said) {
        Candidate c = names.project(said);
        return Account.call(() -> account.client().projects().get(Long.parseLong(c.id())));
    }

    private long unbilledSeconds(ProjectDto p) {
        long unbilled = 0;
        for (TimeEntryDto t : Account.call(() -> account.client()
                .timeEntries()
                .list(TimeEntryQuery.empty()
                        .withTeam(true)
                        .withProjectId(p.id())
                        .withBillable(true))
                .toList())) {
            if (!Boolean.TRUE.equals(t.billed()) && !t.running()) {
                unbilled += t.duration() == null ? 0 : t.duration();
            }
        }
        return unbilled;
    }

    private void refreshNames() {
        try {
            names.refresh();
        } catch (CliException e) {
            // the write is done; the next miss reads the names again
        }
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String words(String billingMethod) {
        if (billingMethod == null) {
            return "(none)";
        }
        switch (billingMethod) {
            case "business_rate":
                return "the business rate";
            case "service_rate":
                return "each service's rate";
            case "team_member_rate":
                return "each member's rate";
            default:
                return "the project's rate";
        }
    }
}
