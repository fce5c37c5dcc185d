package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a sandbox.db written by the previous fb (schema 1, documents only) is upgraded in place,
 * with a copy kept beside it, and everything in it is still served, now through the SQL store.
 *
 * <p>{@code store/sandbox-v1.db} was made by the schema-1 sandbox (the commit before this one) with
 * the fixed test clock: the demo account, then a client "Kept Upgrade Co" (1001), an invoice of
 * 2 × 100.00 (9011, 2024-05-01, due in 15 days) marked sent, a payment of 50.00 on it, a time
 * entry (6011, note "kept entry") and client 108 deleted.
 */
class StoreUpgradeTest {

    static Path v1(Path dir) throws IOException {
        Path db = dir.resolve("sandbox").resolve("sandbox.db");
        Files.createDirectories(db.getParent());
        try (InputStream in = StoreUpgradeTest.class.getResourceAsStream("/store/sandbox-v1.db")) {
            Files.copy(in, db);
        }
        return db;
    }

    static String scalar(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<Path> backups(Path db) throws IOException {
        try (Stream<Path> files = Files.list(db.getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("sandbox-v1-\\d{8}-\\d{6}\\.db"))
                    .toList();
        }
    }

    @Test
    void should_upgrade_a_schema_1_file_in_place_and_keep_a_copy(@TempDir Path dir) throws Exception {
        Path db = v1(dir);
        assertThat(scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo("1");

        try (Sandbox sb = Sandbox.start(dir)) {
            // the user's client, and the deleted one only on request
            JsonNode clients =
                    sb.get(Sandbox.ACCT + "/users/clients?per_page=100").json().at("/response/result");
            assertThat(clients.get("total").asInt()).isEqualTo(8);
            assertThat(clients.get("clients").findValuesAsText("organization")).contains("Kept Upgrade Co");
            assertThat(sb.get(Sandbox.ACCT + "/users/clients?search[vis_state]=1")
                            .json()
                            .at("/response/result/clients/0/id")
                            .asLong())
                    .isEqualTo(108);

            // the invoice: amounts and status from the rebuilt ledger, found by status in SQL
            JsonNode inv = InvoiceLifecycleScenarioTest.invoice(sb, 9011);
            assertThat(inv.at("/amount/amount").asText()).isEqualTo("200.00");
            assertThat(inv.at("/paid/amount").asText()).isEqualTo("50.00");
            assertThat(inv.at("/outstanding/amount").asText()).isEqualTo("150.00");
            assertThat(inv.get("v3_status").asText()).isEqualTo("overdue");
            assertThat(sb.get(InvoiceLifecycleScenarioTest.INV + "?search[v3_status]=overdue")
                            .json()
                            .at("/response/result/invoices")
                            .findValuesAsText("invoice_number"))
                    .containsExactlyInAnyOrder("0011", "0002", "0003", "0006", "0009");
            assertThat(InvoiceLifecycleScenarioTest.outstandingBalance(sb, 1001)
                            .get(0)
                            .at("/amount/amount")
                            .asText())
                    .isEqualTo("150.00");
            assertThat(sb.get(Sandbox.ACCT + "/users/clients?search[has_overdue]=true&per_page=100")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .contains("1001");

            // the time entry, and the totals over it
            JsonNode entries =
                    sb.get("/timetracking/business/770001/time_entries").json();
            assertThat(entries.get("time_entries").findValuesAsText("note")).contains("kept entry");
            assertThat(entries.at("/meta/total").asInt()).isEqualTo(8);

            // numbering and ids continue after what the file holds
            assertThat(sb.post(Sandbox.ACCT + "/users/clients", Sandbox.json("{'client':{'organization':'After'}}"))
                            .json()
                            .at("/response/result/client/id")
                            .asLong())
                    .isEqualTo(1002);
            assertThat(sb.post(
                                    InvoiceLifecycleScenarioTest.INV,
                                    Sandbox.json("{'invoice':{'customerid':1001,'create_date':'2024-06-15'}}"))
                            .json()
                            .at("/response/result/invoice/invoice_number")
                            .asText())
                    .isEqualTo("0012");
        }

        assertThat(scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo("2");
        List<Path> copies = backups(db);
        assertThat(copies).as("a copy of the schema-1 file").hasSize(1);
        assertThat(scalar(copies.get(0), "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo("1");
        assertThat(scalar(copies.get(0), "SELECT count(*) FROM records WHERE doc LIKE '%Kept Upgrade Co%'"))
                .isEqualTo("1");

        // opening an upgraded file again changes nothing and copies nothing
        try (Sandbox sb = Sandbox.start(dir)) {
            assertThat(InvoiceLifecycleScenarioTest.invoice(sb, 9011)
                            .at("/outstanding/amount")
                            .asText())
                    .isEqualTo("150.00");
        }
        assertThat(backups(db)).hasSize(1);
    }

    @Test
    void should_refuse_a_file_from_a_newer_fb_without_touching_it(@TempDir Path dir) throws Exception {
        Path db = v1(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> Sandbox.start(dir))
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer");
        assertThat(scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo("99");
        assertThat(scalar(db, "SELECT count(*) FROM records")).isEqualTo("86");
        assertThat(backups(db)).isEmpty();
    }
}
