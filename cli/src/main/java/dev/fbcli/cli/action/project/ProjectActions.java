package dev.fbcli.cli.action.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.action.time.TimeActions;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.Invitation;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectMember;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** project.create, project.show (progress against budget), project.list, project.assign. */
public final class ProjectActions {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ProjectActions(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public Plan create(Intent.CreateProject p) {
        Candidate client = p.client() == null ? null : names.client(p.client());
        boolean fixed =
                p.billingMethod() == BillingMethod.FIXED_PRICE || (p.billingMethod() == null && p.fixedPrice() != null);
        BigDecimal fixedPrice = p.fixedPrice() != null ? p.fixedPrice().amount() : null;
        BigDecimal rate = p.rate() != null ? p.rate().amount() : null;
        BigDecimal budgetHours = p.budgetHours();
        List<String> details = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String code = currencies.business();
        if (p.budgetAmount() != null) {
            BigDecimal amount = p.budgetAmount().amount();
            if (fixed && fixedPrice == null) {
                fixedPrice = amount;
            } else if (rate != null && rate.signum() > 0 && budgetHours == null) {
                budgetHours = amount.divide(rate, 2, RoundingMode.HALF_UP);
                details.add("budget: " + Fmt.money(amount, code) + " at " + Fmt.money(rate, code) + "/h = "
                        + Fmt.qty(budgetHours) + " h");
            } else {
                warnings.add("FreshBooks projects have no money budget; give a rate (hourly) or a fixed price instead. "
                        + Fmt.money(amount, code) + " is written in the description");
            }
        }
        ProjectDraft draft = ProjectDraft.empty()
                .withTitle(p.title())
                .withClientId(client == null ? null : Long.valueOf(client.id()))
                .withInternal(client == null)
                .withDueDate(p.dueDate())
                .withProjectType(fixed ? "fixed_price" : "hourly_rate")
                .withBillingMethod(fixed ? "business_rate" : rate != null ? "project_rate" : "business_rate")
                .withFixedPrice(fixedPrice)
                .withRate(rate)
                .withBudget(
                        budgetHours == null
                                ? null
                                : budgetHours
                                        .multiply(HOUR)
                                        .setScale(0, RoundingMode.HALF_UP)
                                        .longValueExact());
        if (p.budgetAmount() != null && warnings.size() > 0) {
            draft = draft.withDescription(
                    "Budget: " + Fmt.money(p.budgetAmount().amount(), code));
        }
        String how = fixed
                ? "fixed price" + (fixedPrice == null ? "" : " " + Fmt.money(fixedPrice, code))
                : "hourly" + (rate == null ? " at the business rate" : " at " + Fmt.money(rate, code) + "/h");
        String summary = "Create the project " + p.title()
                + (client == null ? " (internal, no client)" : " for " + client.name())
                + ", " + how + (budgetHours == null ? "" : ", budget " + Fmt.qty(budgetHours) + " h")
                + (p.dueDate() == null ? "" : ", due " + Fmt.day(p.dueDate(), account.today()));
        Cmd cmd = Cmd.of("project", "create")
                .arg(p.title())
                .opt("--client", client == null ? null : client.name())
                .opt("--billing", fixed ? "fixed_price" : "hourly")
                .opt("--rate", rate == null ? null : Fmt.amount(rate))
                .opt("--fixed-price", fixedPrice == null ? null : Fmt.amount(fixedPrice))
                .opt("--budget-hours", budgetHours == null ? null : Fmt.qty(budgetHours))
                .opt("--due", p.dueDate());
        if (names.cache().projects().stream().anyMatch(e -> e.name().equalsIgnoreCase(p.title()))) {
            warnings.add("a project named " + p.title() + " already exists");
        }
        ProjectDraft create = draft;
        return new Plan(summary, details, warnings, cmd.toString(), null, () -> {
            ProjectDto made = account.client().projects().create(create);
            String id = String.valueOf(made.id());
            return new Applied(
                    "Created the project " + made.title() + " (project " + id + ")",
                    "project",
                    id,
                    account.link("project", id),
                    TimeActions.result("project", id, made),
                    List.of(new Undo.Delete("project", id, "the project " + made.title())));
        });
    }

    public View show(Intent.ShowProject s) {
        Candidate c = names.project(s.project());
        ProjectDto p = Account.call(() -> account.client().projects().get(Long.parseLong(c.id())));
        List<TimeEntryDto> entries = Account.call(() -> account.client()
                .timeEntries()
                .list(TimeEntryQuery.empty().withTeam(true).withProjectId(p.id()))
                .toList());
        long logged = 0;
        long billable = 0;
        long unbilled = 0;
        for (TimeEntryDto e : entries) {
            if (Boolean.FALSE.equals(e.isLogged())) {
                continue;
            }
            long d = e.duration() == null ? 0 : e.duration();
            logged += d;
            if (Boolean.TRUE.equals(e.billable())) {
                billable += d;
                if (!Boolean.TRUE.equals(e.billed())) {
                    unbilled += d;
                }
            }
        }
        String code = currencies.business();
        String client = p.clientId() == null ? "internal" : clientName(p.clientId());
        boolean fixed = "fixed_price".equals(p.projectType());
        List<String> lines = new ArrayList<>();
        lines.add(p.title() + " — " + client + " (" + (fixed ? "fixed price" : "hourly")
                + (Boolean.TRUE.equals(p.complete()) ? ", complete" : "")
                + (p.dueDate() == null ? "" : ", due " + p.dueDate()) + ")");
        ObjectNode json = JSON.createObjectNode();
        json.put("id", p.id());
        json.put("title", p.title());
        json.put("client", p.clientId() == null ? null : client);
        json.put("project_type", p.projectType());
        json.put("billing_method", p.billingMethod());
        json.put("logged_hours", Fmt.hours(logged));
        json.put("billable_hours", Fmt.hours(billable));
        json.put("unbilled_hours", Fmt.hours(unbilled));
        String time = "  time: " + Fmt.hours(logged) + " h logged (" + Fmt.hours(billable) + " h billable, "
                + Fmt.hours(unbilled) + " h unbilled)";
        if (p.budget() != null && p.budget() > 0) {
            long pct = Math.round(100.0 * logged / p.budget());
            long left = p.budget() - logged;
            time += " of a " + Fmt.hours(p.budget()) + " h budget: " + pct + "%, "
                    + (left >= 0 ? Fmt.hours(left) + " h left" : Fmt.hours(-left) + " h over");
            json.put("budget_hours", Fmt.hours(p.budget()));
            json.put("budget_used_percent", pct);
        }
        lines.add(time);
        BigDecimal billableHours = BigDecimal.valueOf(billable).divide(HOUR, 4, RoundingMode.HALF_UP);
        if (fixed && p.fixedPrice() != null) {
            BigDecimal perHour = logged == 0
                    ? null
                    : p.fixedPrice()
                            .divide(
                                    BigDecimal.valueOf(logged).divide(HOUR, 4, RoundingMode.HALF_UP),
                                    2,
                                    RoundingMode.HALF_UP);
            lines.add("  money: fixed price " + Fmt.money(p.fixedPrice(), code)
                    + (perHour == null ? "" : ", " + Fmt.money(perHour, code) + " per hour logged so far"));
            json.put("fixed_price", Fmt.amount(p.fixedPrice()));
        } else if (p.rate() != null && p.rate().signum() > 0) {
            BigDecimal value = billableHours.multiply(p.rate()).setScale(2, RoundingMode.HALF_UP);
            String budgetMoney = p.budget() == null || p.budget() == 0
                    ? ""
                    : " of "
                            + Fmt.money(
                                    BigDecimal.valueOf(p.budget())
                                            .divide(HOUR, 4, RoundingMode.HALF_UP)
                                            .multiply(p.rate()),
                                    code)
                            + " budgeted";
            lines.add("  money: " + Fmt.money(value, code) + " of billable time at " + Fmt.money(p.rate(), code) + "/h"
                    + budgetMoney);
            json.put("rate", Fmt.amount(p.rate()));
            json.put("billable_value", Fmt.amount(value));
        }
        if (p.billedAmount() != null) {
            lines.add("  billed: " + Fmt.money(p.billedAmount(), code)
                    + (p.billedStatus() == null ? "" : " (" + p.billedStatus().replace('_', ' ') + ")"));
            json.put("billed_amount", Fmt.amount(p.billedAmount()));
        }
        if (p.group() != null && !p.group().members().isEmpty()) {
            List<String> team = new ArrayList<>();
            ArrayNode members = json.putArray("team");
            for (ProjectMember m : p.group().members()) {
                String n = (String.valueOf(m.firstName()) + " " + String.valueOf(m.lastName()))
                        .replace("null", "")
                        .strip();
                team.add(n + (m.role() == null ? "" : " (" + m.role() + ")"));
                members.addObject().put("name", n).put("email", m.email()).put("role", m.role());
            }
            lines.add("  team: " + String.join(", ", team));
        }
        lines.add("  " + account.link("project", p.id()));
        json.put("link", account.link("project", p.id()));
        return View.lines(lines, json, Cmd.of("project", "show").arg(p.title()).toString());
    }

    public View list(Intent.ListProjects l) {
        Candidate client = l.client() == null ? null : names.client(l.client());
        ProjectQuery q = ProjectQuery.empty()
                .withIncludeLoggedDuration(true)
                .withClientId(client == null ? null : Long.valueOf(client.id()));
        List<ProjectDto> projects = new ArrayList<>(
                Account.call(() -> account.client().projects().list(q).toList()));
        projects.sort(Comparator.comparing((ProjectDto p) -> Boolean.TRUE.equals(p.complete()))
                .thenComparing(ProjectDto::title, String.CASE_INSENSITIVE_ORDER));
        String code = currencies.business();
        Table t = new Table("PROJECT", "CLIENT", "BILLING", "LOGGED", "BUDGET", "DUE", "STATUS").alignRight(3, 4);
        ArrayNode rows = JSON.createArrayNode();
        for (ProjectDto p : projects) {
            String cl = p.clientId() == null ? "(internal)" : clientName(p.clientId());
            String billing = "fixed_price".equals(p.projectType())
                    ? "fixed " + (p.fixedPrice() == null ? "" : Fmt.money(p.fixedPrice(), code))
                    : p.rate() != null && p.rate().signum() > 0 ? Fmt.money(p.rate(), code) + "/h" : "hourly";
            String loggedH = p.loggedDuration() == null ? "" : Fmt.hours(p.loggedDuration()) + " h";
            String budget = p.budget() == null || p.budget() == 0 ? "" : Fmt.hours(p.budget()) + " h";
            String status = Boolean.TRUE.equals(p.complete())
                    ? "complete"
                    : Boolean.FALSE.equals(p.active()) ? "inactive" : "active";
            t.row(p.title(), cl, billing.strip(), loggedH, budget, p.dueDate() == null ? "" : p.dueDate(), status);
            ObjectNode r = rows.addObject();
            r.put("id", p.id());
            r.put("title", p.title());
            r.put("client", p.clientId() == null ? null : cl);
            r.put("project_type", p.projectType());
            r.put("rate", p.rate() == null ? null : Fmt.amount(p.rate()));
            r.put("fixed_price", p.fixedPrice() == null ? null : Fmt.amount(p.fixedPrice()));
            r.put("logged_hours", p.loggedDuration() == null ? null : Fmt.hours(p.loggedDuration()));
            r.put("budget_hours", p.budget() == null ? null : Fmt.hours(p.budget()));
            r.put("due_date", p.dueDate() == null ? null : p.dueDate().toString());
            r.put("status", status);
        }
        return new View(
                t,
                rows,
                List.of(),
                client == null ? "No projects yet." : client.name() + " has no projects.",
                Cmd.of("project", "list")
                        .opt("--client", client == null ? null : client.name())
                        .toString());
    }

    public Plan assign(Intent.AssignProject a) {
        Candidate project = names.project(a.project());
        Candidate member = names.member(a.member());
        Entry m = names.entry(Kind.TEAM_MEMBER, member.id());
        String email = m == null ? null : m.detail();
        if (email == null || email.isBlank()) {
            throw new CliException.Usage(
                    member.name() + " has no email address in FreshBooks, which an invitation needs");
        }
        ProjectDto p = Account.call(() -> account.client().projects().get(Long.parseLong(project.id())));
        if (p.group() != null && p.group().members().stream().anyMatch(x -> email.equalsIgnoreCase(x.email()))) {
            throw new CliException.Usage(member.name() + " is already on the " + p.title() + " project");
        }
        String role = memberRole(member);
        Cmd cmd = Cmd.of("project", "assign").arg(p.title()).opt("--member", email);
        return Plan.of(
                "Add " + member.name() + " <" + email + "> (" + role + ") to the " + p.title() + " project",
                cmd.toString(),
                () -> {
                    Invitation inv = account.client().projects().assign(p.id(), email, role);
                    String id = String.valueOf(p.id());
                    String how = "accepted".equals(inv.status()) ? "added" : "invited (pending until they accept)";
                    ObjectNode json = TimeActions.result("project", id, p);
                    json.set("invitation", JSON.valueToTree(inv));
                    return new Applied(
                            member.name() + " " + how + " on " + p.title(),
                            "project",
                            id,
                            account.link("project", id),
                            json,
                            List.of(new Undo.Irreversible("fb cannot take " + member.name() + " off " + p.title()
                                    + "; remove them in FreshBooks")));
                });
    }

    private String memberRole(Candidate member) {
        String role = Account.call(() -> account.client().teamMembers().get(member.id()))
                .businessRoleName();
        if (role == null || role.isBlank() || role.equalsIgnoreCase("owner")) {
            return "manager";
        }
        return role.toLowerCase(Locale.ROOT);
    }

    private String clientName(Long id) {
        Entry e = names.entry(Kind.CLIENT, String.valueOf(id));
        return e == null ? "#" + id : e.name();
    }
}
