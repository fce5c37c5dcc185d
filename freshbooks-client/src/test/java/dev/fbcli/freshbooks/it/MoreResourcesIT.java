package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.auth.JsonFileTokenStore;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.RefreshingTokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expenses with receipts, categories, uploads, reports, OAuth and dry-run against the real sandbox. */
class MoreResourcesIT {
    @TempDir
    Path dir;

    SandboxServer sandbox;
    FreshBooksClient fb;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxFixture.start(dir.resolve("data"), null);
        fb = SandboxFixture.client(sandbox).build();
    }

    @AfterEach
    void stop() {
        fb.close();
        sandbox.close();
    }

    @Test
    void expenses_with_receipt_project_link_update_delete() throws Exception {
        Path receipt = dir.resolve("receipt.png");
        Files.write(receipt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        ExpenseDraft d = ExpenseDraft.empty()
                .withCategoryId(419L)
                .withStaffId(1L)
                .withDate(LocalDate.now())
                .withAmount(Money.of("899.00", "USD"))
                .withVendor("Best Buy")
                .withNotes("Test tablet")
                .withModernProjectId(203L);
        ExpenseDto e = fb.expenses().createWithReceipt(d, receipt);
        assertThat(e.amount()).isEqualTo(Money.of("899.00", "USD"));
        assertThat(e.linkedProjectId()).isEqualTo(203);
        ExpenseDto read = fb.expenses().get(e.id());
        assertThat(read.attachment()).isNotNull();
        assertThat(read.attachment().jwt()).isNotBlank();
        assertThat(read.attachment().mediaType()).isEqualTo("image/png");

        assertThat(fb.expenses().list(ExpenseQuery.empty().withProjectId(203L)).toList())
                .extracting(ExpenseDto::id)
                .contains(e.id(), 7006L)
                .allSatisfy(id -> assertThat(id).isIn(e.id(), 7006L));
        assertThat(fb.expenses().list(ExpenseQuery.empty().withCategoryId(415L)).toList())
                .extracting(ExpenseDto::id)
                .containsExactly(7003L);
        assertThat(fb.expenses()
                        .list(ExpenseQuery.empty().withVendorContains("hilton"))
                        .toList())
                .extracting(ExpenseDto::id)
                .containsExactly(7004L);
        assertThat(fb.expenses()
                        .list(ExpenseQuery.empty().withDateMin(LocalDate.now().minusDays(15)))
                        .toList())
                .extracting(ExpenseDto::id)
                .contains(7001L, 7002L, e.id())
                .doesNotContain(7006L);

        assertThat(fb.expenses()
                        .update(e.id(), ExpenseDraft.empty().withNotes("Test tablet (returned box)"))
                        .notes())
                .isEqualTo("Test tablet (returned box)");
        ExpenseDto attached = fb.expenses().attachReceipt(7002, receipt);
        assertThat(fb.expenses().get(attached.id()).attachment()).isNotNull();
        assertThat(fb.expenses().delete(e.id()).visState()).isEqualTo(1);
    }

    @Test
    void expense_categories_and_uploads() {
        List<ExpenseCategoryDto> cats = fb.expenseCategories().list().toList();
        assertThat(cats).extracting(ExpenseCategoryDto::category).contains("Airfare", "Software");
        assertThat(fb.expenseCategories().get(415).parentId()).isEqualTo(414);
        UploadedAttachment up = fb.uploads().uploadAttachment("scan.pdf", "application/pdf", "%PDF-1.4".getBytes());
        assertThat(up.jwt()).isNotBlank();
        assertThat(up.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void accounts_aging_report() {
        AccountsAgingReport r = fb.reports().accountsAging(null, LocalDate.now(), "USD");
        assertThat(r.accounts()).isNotEmpty();
        assertThat(r.totals().total()).isNotNull();
        BigDecimal sum = r.accounts().stream().map(a -> a.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(r.totals().total().amount()).isEqualByComparingTo(sum);
        assertThat(r.accounts())
                .extracting(AgingAccount::clientId)
                .contains(104L); // invoice 9006 is 95 days old and part-paid
    }

    @Test
    void dry_run_sends_reads_and_refuses_every_write() throws Exception {
        List<ApiRequest> wouldSend = new ArrayList<>();
        try (FreshBooksClient dry = SandboxFixture.client(sandbox)
                .dryRun(true)
                .dryRunListener(wouldSend::add)
                .build()) {
            int before = fb.clients().list(ClientQuery.empty()).toList().size();
            assertThat(dry.clients().list(ClientQuery.empty()).toList()).hasSize(before);
            assertThatThrownBy(() -> dry.clients().create(ClientDraft.empty().withOrganization("Nope Inc")))
                    .isInstanceOfSatisfying(DryRunException.class, e -> {
                        assertThat(e.request().method().name()).isEqualTo("POST");
                        assertThat(e.request().path()).isEqualTo("/accounting/account/NWS77/users/clients");
                        assertThat(e.request().bodyJson()).isEqualTo("{\"client\":{\"organization\":\"Nope Inc\"}}");
                    });
            assertThatThrownBy(() -> dry.invoices().markAsSent(9005)).isInstanceOf(DryRunException.class);
            assertThatThrownBy(() -> dry.projects().delete(201)).isInstanceOf(DryRunException.class);
            assertThat(wouldSend).hasSize(3);
            assertThat(fb.clients().list(ClientQuery.empty()).toList()).hasSize(before); // zero writes
            assertThat(fb.invoices().get(9005).v3Status()).isNotEqualTo("sent");
            assertThat(fb.projects().get(201).id()).isEqualTo(201);
        }
    }

    @Test
    void oauth_code_exchange_refresh_rotation_and_invalid_grant() throws Exception {
        try (var ex = ApacheRequestExecutor.builder()
                .baseUrl(sandbox.baseUri())
                .allowLoopback(true)
                .build()) {
            OAuthClient oauth = new OAuthClient(
                    ex,
                    sandbox.baseUri(),
                    true,
                    SandboxServer.DEMO_CLIENT_ID,
                    SandboxServer.DEMO_CLIENT_SECRET,
                    SandboxServer.DEMO_REDIRECT_URI,
                    Clock.systemUTC());
            // the browser step: the sandbox's authorize page redirects straight back with a code
            URI authorize = oauth.authorizeUrl(
                    "xyz", List.of("user:profile:read", "user:clients:read", "user:time_entries:write"));
            HttpURLConnection c = (HttpURLConnection) authorize.toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            assertThat(c.getResponseCode()).isEqualTo(302);
            URI back = URI.create(c.getHeaderField("Location"));
            c.disconnect();
            assertThat(back.toString()).startsWith(SandboxServer.DEMO_REDIRECT_URI);
            assertThat(back.getQuery()).contains("state=xyz");
            String code = java.util.Arrays.stream(back.getQuery().split("&"))
                    .filter(p -> p.startsWith("code="))
                    .findFirst()
                    .orElseThrow()
                    .substring(5);

            TokenSet first = oauth.exchangeCode(code);
            assertThat(first.expiresAt()).isAfter(Instant.now().plusSeconds(11 * 3600));
            assertThat(first.scopes()).contains("user:clients:read");

            // a provider over a file store with an expired copy: it refreshes, saves, and the API accepts it
            Path store = dir.resolve("tokens.json");
            new JsonFileTokenStore(store)
                    .save(new TokenSet(
                            first.accessToken(),
                            first.refreshToken(),
                            Instant.now().minusSeconds(1),
                            first.scopes()));
            var provider =
                    new RefreshingTokenProvider(new JsonFileTokenStore(store), oauth, dir.resolve("tokens.lock"));
            try (FreshBooksClient viaOauth =
                    SandboxFixture.client(sandbox).tokenProvider(provider).build()) {
                assertThat(viaOauth.clients().get(101).organization()).isEqualTo("Acme Corp");
            }
            TokenSet rotated = new JsonFileTokenStore(store).load().orElseThrow();
            assertThat(rotated.refreshToken()).isNotEqualTo(first.refreshToken());
            // the old refresh token is spent
            assertThatThrownBy(() -> oauth.refresh(first.refreshToken())).isInstanceOf(LoginRequiredException.class);
            assertThat(oauth.refresh(rotated.refreshToken()).accessToken()).isNotBlank();
        }
    }

    @Test
    void several_businesses_are_listed_and_selectable() {
        List<BusinessContext> all = fb.identity().businesses();
        for (BusinessContext b : all) {
            try (FreshBooksClient other = fb.forBusiness(b)) {
                assertThat(other.business()).isEqualTo(b);
            }
        }
        assertThat(Set.copyOf(all)).contains(fb.business());
    }
}
