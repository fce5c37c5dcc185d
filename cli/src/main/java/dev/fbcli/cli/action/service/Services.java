package dev.fbcli.cli.action.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.action.Results;
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
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * service.list (each with its hourly rate and whether it is billable), service.create (refused when
 * a service of that name exists, so running it again never makes a second one) and service.rate
 * (before → after; the rate before is journaled). Rates are in the business currency: FreshBooks
 * stores them as bare decimals.
 */
public final class Services {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public Services(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public View list() {
        List<ServiceDto> all = new ArrayList<>(active());
        // every active service, as a refresh reads them: the name cache gets them for free
        names.listed(Kind.SERVICE, all.stream().map(Names::entry).toList());
        all.sort(Comparator.comparing(ServiceDto::name, String.CASE_INSENSITIVE_ORDER));
        Map<Long, BigDecimal> rates = new HashMap<>();
        for (ServiceRateDto r : Account.call(() -> account.client().services().rates())) {
            if (r.serviceId() != null && r.rate() != null) {
                rates.put(r.serviceId(), r.rate());
            }
        }
        String code = currencies.business();
        Table t = new Table("SERVICE", "RATE", "BILLABLE", "ID").alignRight(1);
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode rows = doc.putArray("services");
        for (ServiceDto s : all) {
            BigDecimal rate = rates.get(s.id());
            t.row(
                    s.name(),
                    rate == null ? "" : Fmt.money(rate, code) + "/h",
                    Boolean.FALSE.equals(s.billable()) ? "no" : "yes",
                    s.id());
            ObjectNode r = rows.addObject();
            r.put("id", s.id());
            r.put("name", s.name());
            if (rate == null) {
                r.putNull("rate");
            } else {
                r.putObject("rate").put("amount", Fmt.amount(rate)).put("code", code);
            }
            r.put("billable", !Boolean.FALSE.equals(s.billable()));
        }
        return new View(
                t, doc, List.of(), "No services yet.", Cmd.of("service", "list").toString());
    }

    public Plan create(Intent.CreateService c) {
        Optional<ServiceDto> same = active().stream()
                .filter(s -> s.name() != null && s.name().equalsIgnoreCase(c.name()))
                .findFirst();
        if (same.isPresent()) {
            throw new CliException.Usage(
                    "a service named " + same.get().name() + " already exists (service "
                            + same.get().id() + ")",
                    "`fb service rate '" + same.get().name() + "' AMOUNT` changes its rate");
        }
        String code = currencies.business();
        BigDecimal rate = c.rate() == null ? null : rate(c.rate(), code);
        boolean billable = c.billable() == null || c.billable();
        String what = c.name()
                + (billable ? ", billable" : ", not billable")
                + (rate == null ? "" : ", at " + Fmt.money(rate, code) + "/h");
        Cmd cmd = Cmd.of("service", "create")
                .arg(c.name())
                .opt("--rate", rate == null ? null : Fmt.amount(rate))
                .flag(c.billable() == null ? "" : c.billable() ? "--billable" : "--no-billable", c.billable() != null);
        return Plan.of("Add the service " + what, cmd.toString(), () -> {
            ServiceDto made = account.client().services().create(c.name(), c.billable());
            String id = String.valueOf(made.id());
            List<Undo> undo = List.of(new Undo.Delete("service", id, "the service " + made.name()));
            refreshNames();
            if (rate != null) {
                try {
                    account.client().services().setRate(made.id(), rate);
                } catch (FreshBooksException e) {
                    return new Applied(
                            "Added the service " + made.name() + " (service " + id + "), but its rate was not set ("
                                    + e.getMessage() + "): `fb service rate '" + made.name() + "' "
                                    + Fmt.amount(rate) + "`",
                            "service",
                            id,
                            account.link("service", id),
                            Results.json("service", id, made),
                            undo);
                }
            }
            ObjectNode json = Results.json("service", id, made);
            json.put("rate", rate == null ? null : Fmt.amount(rate));
            return new Applied(
                    "Added the service " + made.name() + " (service " + id + ")"
                            + (rate == null ? "" : " at " + Fmt.money(rate, code) + "/h"),
                    "service",
                    id,
                    account.link("service", id),
                    json,
                    undo);
        });
    }

    public Plan rate(Intent.SetServiceRate r) {
        Candidate service = names.service(r.service());
        long id = Long.parseLong(service.id());
        String code = currencies.business();
        BigDecimal now = rate(r.rate(), code);
        BigDecimal was = Account.call(() -> account.client().services().rate(id))
                .map(ServiceRateDto::rate)
                .orElse(null);
        if (was != null && was.compareTo(now) == 0) {
            throw new CliException.Usage(service.name() + " is already at " + Fmt.money(now, code) + "/h");
        }
        Map<String, Object> previous = new HashMap<>();
        previous.put("rate", was == null ? null : Fmt.amount(was));
        String change = (was == null ? "(none)" : Fmt.money(was, code) + "/h") + " → " + Fmt.money(now, code) + "/h";
        return new Plan(
                "Set the " + service.name() + " rate: " + change,
                List.of("for time billed at service rates from now on; invoices already made keep their prices"),
                List.of(),
                Cmd.of("service", "rate")
                        .arg(service.name())
                        .arg(Fmt.amount(now))
                        .toString(),
                null,
                () -> {
                    ServiceRateDto after = account.client().services().setRate(id, now);
                    String sid = String.valueOf(id);
                    return new Applied(
                            "Set the " + service.name() + " rate to " + Fmt.money(after.rate(), code) + "/h (was "
                                    + (was == null ? "none" : Fmt.money(was, code)) + ")",
                            "service",
                            sid,
                            account.link("service", sid),
                            Results.json("service_rate", sid, after),
                            was == null
                                    ? List.of(new Undo.Irreversible(service.name()
                                            + " had no rate before; FreshBooks has no way to remove a rate"))
                                    : List.of(new Undo.Restore(
                                            "service", sid, "the " + service.name() + " rate", previous)));
                });
    }

    private List<ServiceDto> active() {
        return Account.call(() -> account.client().services().list().stream()
                .filter(s -> s.visState() == null || s.visState() == 0)
                .toList());
    }

    private static BigDecimal rate(Money m, String code) {
        if (m.currencyOrNull() != null && !m.currencyOrNull().equals(code)) {
            throw new CliException.Usage(
                    "service rates are in the business currency (" + code + "), not " + m.currencyOrNull());
        }
        return m.amount().setScale(2, RoundingMode.HALF_UP);
    }

    private void refreshNames() {
        try {
            names.refresh();
        } catch (CliException e) {
            // the write is done; the next miss reads the names again
        }
    }
}
