package dev.fbcli.cli.action.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectMember;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** project.show (time and money against the budget) and project.list (all, a client's, or those over budget). */
public final class ProjectQueries {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ProjectQueries(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public View show(Intent.ShowProject s) {
        Candidate c = names.project(s.project());
        ProjectDto p = Account.call(() -> account.client().projects().get(Long.parseLong(c.id())));
        names.seen(Kind.PROJECT, Names.entry(p)); // what it read keeps the name cache current, for free
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
        String client = p.clientId() == null ? "internal" : names.nameOf(Kind.CLIENT, p.clientId());
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
        json.put("whose_time", "team");
        json.put("billable_hours", Fmt.hours(billable));
        json.put("unbilled_hours", Fmt.hours(unbilled));
        String time = "  time: " + Fmt.hours(logged) + " h logged by everyone on it (" + Fmt.hours(billable)
                + " h billable, " + Fmt.hours(unbilled) + " h unbilled)";
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
            json.set("fixed_price", money(p.fixedPrice(), code));
        } else if (p.rate() != null && p.rate().signum() > 0) {
            // money from time: the exact seconds times the rate, rounded once to the cent (docs/values.md)
            BigDecimal value = BigDecimal.valueOf(billable).multiply(p.rate()).divide(HOUR, 2, RoundingMode.HALF_UP);
            String budgetMoney = p.budget() == null || p.budget() == 0
                    ? ""
                    : " of "
                            + Fmt.money(
                                    BigDecimal.valueOf(p.budget())
                                            .multiply(p.rate())
                                            .divide(HOUR, 2, RoundingMode.HALF_UP),
                                    code)
                            + " budgeted";
            lines.add("  money: " + Fmt.money(value, code) + " of billable time at " + Fmt.money(p.rate(), code) + "/h"
                    + budgetMoney);
            json.set("rate", money(p.rate(), code));
            json.set("billable_value", money(value, code));
        }
        if (p.billedAmount() != null) {
            lines.add("  billed: " + Fmt.money(p.billedAmount(), code)
                    + (p.billedStatus() == null ? "" : " (" + p.billedStatus().replace('_', ' ') + ")"));
            json.set("billed_amount", money(p.billedAmount(), code));
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
        if (client == null) {
            // every project (--over-budget only hides rows): the name cache gets them for free
            names.listed(Kind.PROJECT, projects.stream().map(Names::entry).toList());
        }
        boolean overOnly = Boolean.TRUE.equals(l.overBudget());
        if (overOnly) {
            projects.removeIf(p -> !overBudget(p));
        }
        projects.sort(Comparator.comparing((ProjectDto p) -> Boolean.TRUE.equals(p.complete()))
                .thenComparing(ProjectDto::title, String.CASE_INSENSITIVE_ORDER));
        String code = currencies.business();
        Table t = new Table("PROJECT", "CLIENT", "BILLING", "LOGGED", "BUDGET", "DUE", "STATUS").alignRight(3, 4);
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode rows = doc.putArray("projects");
        for (ProjectDto p : projects) {
            String cl = p.clientId() == null ? "(internal)" : names.nameOf(Kind.CLIENT, p.clientId());
            String billing = "fixed_price".equals(p.projectType())
                    ? "fixed " + (p.fixedPrice() == null ? "" : Fmt.money(p.fixedPrice(), code))
                    : p.rate() != null && p.rate().signum() > 0 ? Fmt.money(p.rate(), code) + "/h" : "hourly";
            String loggedH = p.loggedDuration() == null ? "" : Fmt.hours(p.loggedDuration()) + " h";
            String budget = p.budget() == null || p.budget() == 0
                    ? ""
                    : Fmt.hours(p.budget()) + " h"
                            + (overBudget(p) ? " (" + Fmt.hours(p.loggedDuration() - p.budget()) + " h over)" : "");
            String status = Boolean.TRUE.equals(p.complete())
                    ? "complete"
                    : Boolean.FALSE.equals(p.active()) ? "inactive" : "active";
            t.row(p.title(), cl, billing.strip(), loggedH, budget, p.dueDate() == null ? "" : p.dueDate(), status);
            ObjectNode r = rows.addObject();
            r.put("id", p.id());
            r.put("title", p.title());
            r.put("client", p.clientId() == null ? null : cl);
            r.put("project_type", p.projectType());
            r.set("rate", money(p.rate(), code));
            r.set("fixed_price", money(p.fixedPrice(), code));
            r.put("logged_hours", p.loggedDuration() == null ? null : Fmt.hours(p.loggedDuration()));
            r.put("budget_hours", p.budget() == null ? null : Fmt.hours(p.budget()));
            r.put("due_date", p.dueDate() == null ? null : p.dueDate().toString());
            r.put("status", status);
            r.put("over_budget", overBudget(p));
        }
        return new View(
                t,
                doc,
                List.of(),
                overOnly
                        ? "No project is over its budget."
                        : client == null ? "No projects yet." : client.name() + " has no projects.",
                Cmd.of("project", "list")
                        .opt("--client", client == null ? null : client.name())
                        .flag("--over-budget", overOnly)
                        .toString());
    }

    /** {@code {"amount", "code"}} (docs/json.md), or JSON null. */
    private static com.fasterxml.jackson.databind.JsonNode money(java.math.BigDecimal amount, String code) {
        return amount == null
                ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                : JSON.createObjectNode().put("amount", Fmt.amount(amount)).put("code", code);
    }

    /** More time logged than the project's budget (in hours; a project without one is never over). */
    static boolean overBudget(ProjectDto p) {
        return p.budget() != null && p.budget() > 0 && p.loggedDuration() != null && p.loggedDuration() > p.budget();
    }
}
