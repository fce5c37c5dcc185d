package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.TokenSets;
import dev.fbcli.cli.auth.store.FileCredentialStore;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The leak test of issue 8: every command of {@code fb --help} (the packaged jar, its own JVM each
 * time, {@code --debug} on, {@code -vvv} for some), with a known access token (pasted and stored,
 * then in {@code FRESHBOOKS_TOKEN}), phrases, structured commands and errors; then an OAuth login
 * with a renewal and a logout. Every stdout and stderr and every file under FB_HOME (but the
 * credential store itself, {@code config/credentials.json}) is searched for every token, refresh
 * token and the client secret, whole and in part: zero hits.
 */
class AuthLeakIT {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @TempDir
    Path data;

    private final StringBuilder outputs = new StringBuilder();
    /** Every version of every file under FB_HOME seen after a run (debug.log is rewritten by each --debug run). */
    private final StringBuilder files = new StringBuilder();

    private final Map<Path, Integer> seen = new java.util.HashMap<>();
    private final List<String> secrets = new ArrayList<>();

    /** One real invocation per leaf command, global flags first; the expected exit code. */
    private static Map<String, Invocation> table() {
        Map<String, Invocation> t = new LinkedHashMap<>();
        t.put("ask", new Invocation(0, "ask", "what does Acme owe me"));
        t.put("parse", new Invocation(0, "parse", "log 3 hours of design on Acme"));
        t.put(
                "time log",
                new Invocation(0, "--yes", "time", "log", "--duration", "3h", "--on", "Acme", "--service", "design"));
        t.put("time list", new Invocation(0, "time", "list", "--week"));
        t.put("time report", new Invocation(0, "time", "report", "--last-week", "--by", "project", "--team"));
        t.put("timer start", new Invocation(0, "--yes", "timer", "start", "--project", "Apollo"));
        t.put("timer stop", new Invocation(0, "--yes", "timer", "stop"));
        t.put(
                "invoice create",
                new Invocation(
                        0,
                        "--yes",
                        "invoice",
                        "create",
                        "--client",
                        "Globex",
                        "--line",
                        "Training:3:200",
                        "--due-in",
                        "15"));
        t.put("invoice edit", new Invocation(0, "--yes", "invoice", "edit", "0008", "--add-line", "Hosting:2:20"));
        t.put("invoice send", new Invocation(0, "--yes", "invoice", "send", "0008"));
        t.put("invoice mark-sent", new Invocation(0, "--yes", "invoice", "mark-sent", "0005"));
        t.put("invoice delete", new Invocation(0, "--yes", "invoice", "delete", "0011"));
        t.put("invoice list", new Invocation(0, "invoice", "list", "--status", "unpaid"));
        t.put("invoice view", new Invocation(0, "invoice", "view", "0002"));
        t.put("invoice aging", new Invocation(0, "invoice", "aging"));
        t.put(
                "payment record",
                new Invocation(0, "--yes", "payment", "record", "0002", "--amount", "100", "--method", "Cash"));
        t.put(
                "expense add",
                new Invocation(
                        0, "--yes", "expense", "add", "--amount", "12.50", "--category", "travel", "--vendor", "Uber"));
        t.put("expense list", new Invocation(0, "expense", "list"));
        t.put("expense categories", new Invocation(0, "expense", "categories"));
        t.put(
                "client create",
                new Invocation(0, "--yes", "client", "create", "Hooli", "--email", "gavin@hooli.example"));
        t.put("client update", new Invocation(0, "--yes", "client", "update", "Hooli", "--phone", "555-0100"));
        t.put("client show", new Invocation(0, "client", "show", "Acme"));
        t.put("client list", new Invocation(0, "--json", "client", "list"));
        t.put(
                "project create",
                new Invocation(
                        0, "--yes", "project", "create", "Brand Refresh", "--client", "Wayne", "--budget-hours", "20"));
        t.put(
                "project assign",
                new Invocation(0, "--yes", "project", "assign", "Website Redesign", "--member", "Priya"));
        t.put("project list", new Invocation(0, "project", "list"));
        t.put("project show", new Invocation(0, "project", "show", "Website Redesign"));
        // issue 21: changing and removing what was recorded
        t.put("time show", new Invocation(0, "time", "show", "6001"));
        t.put("time edit", new Invocation(0, "--yes", "time", "edit", "6001", "--duration", "4h"));
        t.put("time delete", new Invocation(0, "--yes", "time", "delete", "6002"));
        t.put("timer status", new Invocation(0, "timer", "status"));
        t.put("timer discard", new Invocation(2, "--yes", "timer", "discard"));
        t.put("expense show", new Invocation(0, "expense", "show", "7003"));
        t.put("expense edit", new Invocation(0, "--yes", "expense", "edit", "7003", "--amount", "400"));
        t.put("expense delete", new Invocation(0, "--yes", "expense", "delete", "7004"));
        t.put("expense receipt", new Invocation(2, "expense", "receipt", "7003", "--save", "."));
        t.put("client archive", new Invocation(0, "--yes", "client", "archive", "Tyrell"));
        t.put("client unarchive", new Invocation(0, "--yes", "client", "unarchive", "Tyrell"));
        t.put("project edit", new Invocation(0, "--yes", "project", "edit", "Apollo", "--budget-hours", "60"));
        t.put("project complete", new Invocation(0, "--yes", "project", "complete", "Mobile App"));
        t.put("project archive", new Invocation(0, "--yes", "project", "archive", "Data Migration"));
        t.put("project unassign", new Invocation(1, "--yes", "project", "unassign", "Admin", "--member", "Sam"));
        t.put("service list", new Invocation(0, "service", "list"));
        t.put("service create", new Invocation(0, "--yes", "service", "create", "Photography", "--rate", "90"));
        t.put("service rate", new Invocation(0, "--yes", "service", "rate", "Design", "160"));
        t.put("invoice archive", new Invocation(0, "--yes", "invoice", "archive", "0001"));
        t.put("payment list", new Invocation(0, "payment", "list"));
        t.put("payment delete", new Invocation(0, "--yes", "payment", "delete", "8003"));
        t.put(
                "estimate create",
                new Invocation(0, "--yes", "estimate", "create", "--client", "Initech", "--line", "App:1:4000"));
        t.put("estimate list", new Invocation(0, "estimate", "list"));
        t.put("estimate show", new Invocation(0, "estimate", "show", "0001"));
        t.put("estimate send", new Invocation(0, "--yes", "estimate", "send", "0001"));
        t.put("estimate accept", new Invocation(0, "--yes", "estimate", "accept", "0001"));
        t.put("estimate convert", new Invocation(0, "--yes", "estimate", "convert", "0001"));
        t.put("report profit-loss", new Invocation(0, "report", "profit-loss", "--by", "month"));
        t.put("report payments", new Invocation(0, "report", "payments", "--by", "client"));
        t.put("report revenue", new Invocation(0, "report", "revenue", "--year", "2026"));
        t.put("report tax", new Invocation(0, "report", "tax", "--quarter", "Q4"));
        t.put("report aging", new Invocation(0, "report", "aging"));
        t.put("team list", new Invocation(0, "team", "list"));
        t.put("sync", new Invocation(0, "sync"));
        t.put("sandbox reset", new Invocation(0, "--yes", "sandbox", "reset"));
        t.put("completion", new Invocation(0, "completion", "bash"));
        t.put("help", new Invocation(0, "help", "auth"));
        t.put("auth status", new Invocation(0, "auth", "status"));
        t.put("auth switch", new Invocation(0, "auth", "switch", "--business", "770001"));
        // run by the test itself, around the table: sandbox serve (a server), auth login, auth logout,
        // config llm-key (a secret on stdin), shell, batch and undo (lines on stdin, after the writes),
        // mcp (a server, JSON-RPC on stdin)
        return t;
    }

    record Invocation(int exit, String... args) {}

    @Test
    void should_never_show_or_write_a_token_or_secret_anywhere_but_the_credential_store() throws Exception {
        String known = "fbleak" + random(32);
        secrets.add(known);
        try (SandboxServer sandbox =
                SandboxServer.builder().dataDir(data).accessToken(known).start()) {
            FbJar fb = new FbJar(home, work)
                    .env("FRESHBOOKS_API_URL", sandbox.baseUri().toString())
                    .env("FRESHBOOKS_AUTH_URL", sandbox.baseUri().toString())
                    .env("FB_CREDENTIAL_STORE", "file");

            // every leaf command is in the table (or run below), so a new command cannot skip this test
            assertThat(table().keySet())
                    .as("commands this test runs")
                    .containsAll(leaves().stream()
                            .filter(c -> !List.of(
                                            "sandbox serve",
                                            "auth login",
                                            "auth logout",
                                            "config llm-key",
                                            "shell",
                                            "batch",
                                            "undo",
                                            "mcp")
                                    .contains(c))
                            .toList());

            // 1. a pasted token, stored; every command with --debug
            expect(0, fb.feed(known + "\n", "--debug", "auth", "login", "--with-token"));
            assertThat(credentialStoreText())
                    .as("positive control: the store holds the token")
                    .contains(known);
            for (Map.Entry<String, Invocation> e : table().entrySet()) {
                expect(e.getValue().exit(), fb.run(debug(e.getValue().args())));
            }
            String llmKey = "sk-leak" + random(32);
            secrets.add(llmKey);
            expect(0, fb.feed(llmKey + "\n", "--debug", "config", "llm-key", "openai"));
            assertThat(credentialStoreText())
                    .as("positive control: the store holds the LLM key")
                    .contains(llmKey);
            expect(0, fb.run("-vvv", "--debug", "client", "list"));
            expect(0, fb.run("-vvv", "--debug", "--dry-run", "client", "create", "Dry Run Co"));
            serveBriefly(fb);
            serveMcp(fb);
            expect(0, fb.feed("client list\nwhat does Acme owe me\n", "--debug", "shell"));
            expect(0, fb.feed("log 1h of design on Acme\nclient list\n", "--debug", "--yes", "batch", "-"));
            expect(0, fb.run("--debug", "undo", "--list"));
            expect(0, fb.run("--debug", "--yes", "undo"));
            expect(0, fb.run("--debug", "config", "llm-key", "openai", "--delete"));

            // 2. errors, with the stored login and with FRESHBOOKS_TOKEN
            expect(2, fb.run("--debug", "client", "list", "--bogus"));
            expect(2, fb.run("--debug", "ask", "flibbertigibbet the wobbly sprocket"));
            expect(2, fb.run("--debug", "invoice", "view", "9999"));
            expect(2, fb.run("--debug", "auth", "login", "--token=" + "x".repeat(12)));
            fb.env(Credentials.TOKEN_ENV, known);
            expect(0, fb.run("--debug", "auth", "status"));
            expect(0, fb.run("--debug", "-vvv", "what does Acme owe me"));
            expect(0, fb.run("--debug", "--yes", "log 45 min of meetings for Umbrella Health"));
            expect(0, fb.run("--debug", "--json", "invoice", "list"));
            fb.env(Credentials.TOKEN_ENV, known + "x");
            secrets.add(known + "x");
            expect(4, fb.run("--debug", "client", "list"));
            fb.env(Credentials.TOKEN_ENV, null);
            fb.env("FRESHBOOKS_API_URL", "https://api.freshbooks.com.evil.test");
            expect(2, fb.run("--debug", "client", "list"));
            fb.env("FRESHBOOKS_API_URL", sandbox.baseUri().toString());

            // 3. an OAuth login, a renewal, a logout
            FbJar.Proc login = fb.start("--debug", "auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
            login.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
            login.writeLine(AuthFixture.approve(login.awaitErr(AuthFixture.AUTHORIZE_URL)));
            login.closeInput();
            expect(0, login.finish());
            secrets.add(SandboxServer.DEMO_CLIENT_SECRET);
            TokenSet first = storedTokens();
            secrets.add(first.accessToken());
            secrets.add(first.refreshToken());
            FileCredentialStore store =
                    new FileCredentialStore(home.resolve("config").resolve(FileCredentialStore.FILE_NAME));
            store.put(
                    Credentials.tokenKey("default"),
                    TokenSets.format(new TokenSet(
                            first.accessToken(),
                            first.refreshToken(),
                            Instant.now().minusSeconds(60),
                            first.scopes())));
            FbJar.Result renewed = fb.run("--debug", "-vvv", "client", "list");
            expect(0, renewed);
            assertThat(renewed.err()).contains("POST /auth/oauth/token 200");
            TokenSet second = storedTokens();
            secrets.add(second.accessToken());
            secrets.add(second.refreshToken());
            assertThat(credentialStoreText())
                    .as("positive control")
                    .contains(second.refreshToken())
                    .contains(SandboxServer.DEMO_CLIENT_SECRET);
            expect(0, fb.run("--debug", "--json", "auth", "status"));
            store.put( // a spent refresh token
                    Credentials.tokenKey("default"),
                    TokenSets.format(new TokenSet(
                            first.accessToken(),
                            first.refreshToken(),
                            Instant.now().minusSeconds(60),
                            first.scopes())));
            expect(4, fb.run("--debug", "client", "list"));
            expect(0, fb.run("--debug", "auth", "logout"));
        }

        // then
        assertThat(home.resolve("state").resolve("debug.log"))
                .as("--debug wrote debug.log")
                .exists();
        String searchedOutputs = outputs.toString();
        scanFiles();
        String searchedFiles = files.toString();
        assertThat(seen.keySet())
                .as("files under FB_HOME")
                .extracting(p -> home.relativize(p).toString())
                .contains("config/config.json", "state/debug.log");
        for (String s : secrets) {
            // the demo app's secret shares its first 16 characters with its client id: whole only
            int step = s.equals(SandboxServer.DEMO_CLIENT_SECRET) ? s.length() : 8;
            int width = s.equals(SandboxServer.DEMO_CLIENT_SECRET) ? s.length() : 16;
            for (int i = 0; i + width <= s.length(); i += step) {
                String part = s.substring(i, i + width);
                assertThat(searchedOutputs)
                        .as("output of a run holding secret #%d", secrets.indexOf(s))
                        .doesNotContain(part);
                assertThat(searchedFiles)
                        .as("a file under FB_HOME holding secret #%d", secrets.indexOf(s))
                        .doesNotContain(part);
            }
        }
    }

    private String[] debug(String... args) {
        String[] out = new String[args.length + 1];
        out[0] = "--debug";
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    private void expect(int code, FbJar.Result r) {
        outputs.append(r.out()).append('\n').append(r.err()).append('\n');
        scanFiles();
        assertThat(r.exitCode()).as("fb %s\n%s", r.command(), r.all()).isEqualTo(code);
    }

    /** {@code fb sandbox serve}: a server; stopped once it has said where it listens. */
    private void serveBriefly(FbJar fb) {
        FbJar.Proc serve = fb.start("--debug", "sandbox", "serve", "--port", "0");
        serve.closeInput();
        try {
            outputs.append(serve.awaitOut(Pattern.compile("Press Ctrl-C to stop\\.")));
        } finally {
            serve.destroy();
            scanFiles();
        }
    }

    /** {@code fb mcp}: reads, a plan, an ambiguous name and a resource, as an agent would ask them. */
    private void serveMcp(FbJar fb) {
        FbJar.Proc mcp = fb.start("--debug", "mcp");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"leak\",\"version\":\"1\"}}}");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"client_list\","
                + "\"arguments\":{}}}");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"time_log\","
                + "\"arguments\":{\"duration_minutes\":60,\"target\":\"Acme\"}}}");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"invoice_list\","
                + "\"arguments\":{\"client\":\"Umbrella\"}}}");
        mcp.writeLine("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"resources/read\",\"params\":{\"uri\":"
                + "\"fb://account/clients\"}}");
        String out = mcp.awaitOut(Pattern.compile("\"id\":5"));
        mcp.closeInput();
        FbJar.Result r = mcp.finish();
        expect(0, r);
        assertThat(out).contains("Acme Corp").contains("plan_id").contains("Umbrella Health");
    }

    private TokenSet storedTokens() {
        return new FileCredentialStore(home.resolve("config").resolve(FileCredentialStore.FILE_NAME))
                .get(Credentials.tokenKey("default"))
                .map(TokenSets::parse)
                .orElseThrow();
    }

    private String credentialStoreText() {
        return read(home.resolve("config").resolve(FileCredentialStore.FILE_NAME));
    }

    /** Keeps each new version of each file under FB_HOME, but the credential store. */
    private void scanFiles() {
        Path store = home.resolve("config").resolve(FileCredentialStore.FILE_NAME);
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (p.equals(store)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                int hash = java.util.Arrays.hashCode(bytes);
                if (!Integer.valueOf(hash).equals(seen.put(p, hash))) {
                    files.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every leaf command of the tree, as {@code noun verb} (and top-level leaves alone). */
    static TreeSet<String> leaves() {
        AppContext ctx = new AppContext(
                Map.of("FB_HOME", "/nonexistent"),
                System.in,
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                false,
                Clock.systemUTC());
        TreeSet<String> out = new TreeSet<>();
        collect(new Main(ctx).commandLine(), out);
        return out;
    }

    private static void collect(CommandLine c, TreeSet<String> out) {
        Map<String, CommandLine> subs = c.getSubcommands();
        if (subs.isEmpty()) {
            out.add(c.getCommandSpec().qualifiedName(" ").replaceFirst("^fb ", ""));
            return;
        }
        subs.forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                collect(sub, out);
            }
        });
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String random(int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
