package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official FreshBooks Node SDK ({@code @freshbooks/api}, from npm) against the running sandbox:
 * its models parse the sandbox's answers, among them the reports of issue 18 (profit and loss,
 * payments collected, tax summary), which FreshBooks documents only through that SDK. (The SDK has
 * no estimates.) The SDK is installed under {@code target/node-sdk}, never globally, at the version
 * this was verified with, with npm's cache and logs there too (npm still reads the user's and the
 * system's npm configuration, as any npm install does); without node or npm, or when the install
 * fails (no registry), the test reports itself skipped with the reason.
 */
class NodeSdkIT {

    static final String SDK = "@freshbooks/api@4.1.0";
    static final Path DIR = Path.of("target", "node-sdk").toAbsolutePath();

    /** Runs a command; its exit code and output (stdout and stderr together), or null when it cannot start. */
    record Run(int exit, String output) {}

    static Run run(Path cwd, long timeoutSeconds, String... command) {
        try {
            Path log = Files.createTempFile("fb-node", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(command)
                        .directory(cwd.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                // npm writes its cache and logs under target/, not in the home directory
                pb.environment()
                        .put("npm_config_cache", DIR.resolve(".npm-cache").toString());
                pb.environment()
                        .put("npm_config_logs_dir", DIR.resolve(".npm-logs").toString());
                pb.environment().put("npm_config_update_notifier", "false");
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Run(-1, "timed out after " + timeoutSeconds + " s");
                }
                return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String tail(String s) {
        String t = s.strip();
        return t.length() <= 400 ? t : "..." + t.substring(t.length() - 400);
    }

    /** Why the SDK cannot run here (null when it can): the test reports itself skipped with it. */
    static String unavailable;

    @BeforeAll
    static void install() throws IOException {
        unavailable = prepare();
    }

    private static String prepare() throws IOException {
        Run node = run(Path.of("."), 60, "node", "--version");
        if (node == null || node.exit() != 0) {
            return "node is not installed: the official Node SDK cannot run";
        }
        Run npm = run(Path.of("."), 60, "npm", "--version");
        if (npm == null || npm.exit() != 0) {
            return "npm is not installed: the official Node SDK cannot be installed";
        }
        Path installed = DIR.resolve("node_modules/@freshbooks/api/package.json");
        if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"4.1.0\"")) {
            return null;
        }
        Files.createDirectories(DIR);
        Run install = run(
                DIR,
                600,
                "npm",
                "install",
                "--prefix",
                DIR.toString(),
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--ignore-scripts",
                SDK);
        if (install == null || install.exit() != 0 || !Files.exists(installed)) {
            return "npm could not install " + SDK + " (no registry?): "
                    + (install == null ? "npm did not start" : tail(install.output()));
        }
        return null;
    }

    static final String SCRIPT = String.join(
            "\n",
            "const { Client } = require('@freshbooks/api');",
            "const { SearchQueryBuilder } = require('@freshbooks/api/dist/models/builders/SearchQueryBuilder');",
            "const [apiUrl, token, acct] = process.argv.slice(2);",
            "const client = new Client('fb-sandbox-test', { accessToken: token, apiUrl, retryOptions: { retries: 0 } });",
            "const range = () => new SearchQueryBuilder().equals('start_date', '2024-01-01').equals('end_date', '2024-06-30');",
            "(async () => {",
            "  const out = {};",
            "  out.profitLoss = (await client.reports.profitLoss(acct, [range()])).data;",
            "  out.paymentsCollected = (await client.reports.paymentsCollected(acct, [range()])).data;",
            "  out.taxSummary = (await client.reports.taxSummary(acct, [range()])).data;",
            "  out.me = (await client.users.me()).data;",
            "  out.invoices = (await client.invoices.list(acct)).data;",
            "  out.clients = (await client.clients.list(acct)).data;",
            "  console.log(JSON.stringify(out));",
            "})().catch((e) => { console.error(String(e && (e.stack || e.message) || e)); process.exit(1); });",
            "");

    @Test
    void should_be_read_by_the_official_node_sdk(@TempDir Path data) throws Exception {
        assumeTrue(unavailable == null, unavailable);
        try (Sandbox sb = Sandbox.start(data)) {
            // an invoice with a tax line, paid in part, and a taxed expense: something in every report
            long invoice = sb.post(
                            Sandbox.ACCT + "/invoices/invoices",
                            Sandbox.json(
                                    "{'invoice':{'customerid':101,'create_date':'2024-06-10','lines':[{'name':'W',"
                                            + "'qty':1,'unit_cost':{'amount':'100.00','code':'USD'},'taxName1':'GST','taxAmount1':'5'}]}}"))
                    .json()
                    .at("/response/result/invoice/id")
                    .asLong();
            sb.put(Sandbox.ACCT + "/invoices/invoices/" + invoice, Sandbox.fixture("invoices_mark_sent_request"));
            InvoiceLifecycleScenarioTest.pay(sb, invoice, "42.00");
            sb.post(
                    Sandbox.ACCT + "/expenses/expenses",
                    Sandbox.json("{'expense':{'categoryid':401,'date':'2024-06-12','amount':{'amount':'21.00',"
                            + "'code':'USD'},'taxName1':'GST','taxAmount1':{'amount':'1.00','code':'USD'}}}"));

            Path script = DIR.resolve("sandbox-check.js");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            Run res =
                    run(DIR, 120, "node", script.toString(), sb.server.baseUri().toString(), sb.token, "NWS77");
            assertThat(res).isNotNull();
            assertThat(res.exit()).as(res.output()).isZero();
            List<String> lines = new ArrayList<>(res.output().strip().lines().toList());
            JsonNode out = Sandbox.JSON.readTree(lines.get(lines.size() - 1));

            JsonNode pl = out.get("profitLoss");
            assertThat(pl.get("currencyCode").asText()).isEqualTo("USD");
            assertThat(pl.get("startDate").asText()).isEqualTo("2024-01-01");
            assertThat(pl.at("/netProfit/entryType").asText()).isEqualTo("credit");
            assertThat(pl.at("/totalIncome/total/amount").asText()).matches("\\d+\\.\\d\\d");
            assertThat(pl.get("income")).hasSize(2);
            assertThat(pl.get("labels")).hasSize(2);

            JsonNode pc = out.get("paymentsCollected");
            assertThat(pc.get("currencyCodes").toString()).contains("USD");
            assertThat(pc.get("totals").findValuesAsText("code")).contains("USD");
            JsonNode ours = null;
            for (JsonNode p : pc.get("payments")) {
                if (p.get("invoiceId").asLong() == invoice) {
                    ours = p;
                }
            }
            assertThat(ours).as(pc.toString()).isNotNull();
            assertThat(ours.at("/amount/amount").asText()).isEqualTo("42.00");
            assertThat(ours.get("clientId").asLong()).isEqualTo(101);
            assertThat(ours.get("method").asText()).isEqualTo("Check");

            JsonNode tax = out.get("taxSummary");
            assertThat(tax.get("cashBased").asBoolean()).isFalse();
            JsonNode gst = tax.at("/taxes/0");
            assertThat(gst.get("taxName").asText()).isEqualTo("GST");
            assertThat(gst.at("/taxCollected/amount").asText()).isEqualTo("5.00");
            assertThat(gst.at("/taxPaid/amount").asText()).isEqualTo("1.00");
            assertThat(gst.at("/netTax/amount").asText()).isEqualTo("4.00");

            assertThat(out.at("/me/id").asLong()).isEqualTo(5001);
            assertThat(out.at("/invoices/invoices").size()).isGreaterThan(0);
            assertThat(out.at("/clients/clients").size()).isGreaterThan(0);
        }
    }
}
