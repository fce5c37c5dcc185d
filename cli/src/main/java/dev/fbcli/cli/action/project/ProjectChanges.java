package dev.fbcli.cli.action.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.Invitation;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** project.create (billing, budget, rate) and project.assign (a team member joins a project). */
public final class ProjectChanges {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ProjectChanges(Account account, Names names, Currencies currencies) {
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
                    Results.json("project", id, made),
                    List.of(new Undo.Delete("project", id, "the project " + made.title())));
        });
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
                    ObjectNode json = Results.json("project", id, p);
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
}
