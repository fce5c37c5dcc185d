package dev.fbcli.cli.command.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.MutableClock;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.TokenSets;
import dev.fbcli.cli.auth.store.FileCredentialStore;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.cli.config.ConfigLoader;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone sandbox on 127.0.0.1 (its own clock, data outside FB_HOME) and {@code fb} run
 * in-process against it through {@code FRESHBOOKS_API_URL}/{@code FRESHBOOKS_AUTH_URL}, with the
 * file credential store under FB_HOME. Runs can be fed standard input line by line, to answer the
 * OAuth flow's random state as a person would: open the printed address, paste where it lands.
 */
final class AuthFixture implements AutoCloseable {
    /** The authorize URL fb prints. */
    static final Pattern AUTHORIZE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/oauth/authorize\\?\\S+)");

    final Path home;
    final MutableClock fbClock;
    final MutableClock sandboxClock;
    final SandboxServer sandbox;
    private final Map<String, String> env = new HashMap<>();

    /** The demo account; {@code fixedToken} (or null) is also accepted by the sandbox. */
    AuthFixture(Path home, Path sandboxData, String fixedToken) throws IOException {
        this(home, sandboxData, fixedToken, null);
    }

    AuthFixture(Path home, Path sandboxData, String fixedToken, Path seedFile) throws IOException {
        this.home = home;
        Instant start = Instant.parse("2026-11-24T15:00:00Z");
        this.fbClock = new MutableClock(start, ZoneId.of("America/Toronto"));
        this.sandboxClock = new MutableClock(start, ZoneId.of("America/Toronto"));
        SandboxServer.Builder b =
                SandboxServer.builder().dataDir(sandboxData).clock(sandboxClock).seedFile(seedFile);
        if (fixedToken != null) {
            b.accessToken(fixedToken);
        }
        this.sandbox = b.start();
        env.put("FB_HOME", home.toString());
        env.put("NO_COLOR", "1");
        env.put("FB_CREDENTIAL_STORE", "file");
        env.put("FRESHBOOKS_API_URL", sandbox.baseUri().toString());
        env.put("FRESHBOOKS_AUTH_URL", sandbox.baseUri().toString());
    }

    AuthFixture env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    Map<String, String> env() {
        return env;
    }

    AppPaths paths() {
        return AppPaths.resolve(env, "Linux", home.toString());
    }

    /** One run with all of standard input given up front. */
    Result feed(String stdin, String... args) {
        Running r = start(false, args);
        r.write(stdin);
        r.closeInput();
        return r.finish();
    }

    Result run(String... args) {
        return feed("", args);
    }

    /** A run that is going on: its input is written as it asks. */
    Running start(boolean interactive, String... args) {
        return new Running(new HashMap<>(env), fbClock, interactive, args);
    }

    /** Logs in through the OAuth flow as a person would, non-interactively; returns the run. */
    Result oauthLogin(String secret, String... extraArgs) {
        String[] args = new String[3 + extraArgs.length];
        args[0] = "auth";
        args[1] = "login";
        args[2] = "--client-id=" + SandboxServer.DEMO_CLIENT_ID;
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        Running r = start(false, args);
        r.writeLine(secret);
        String url = r.awaitErr(AUTHORIZE_URL);
        r.writeLine(approve(url));
        r.closeInput();
        return r.finish();
    }

    /** Opens the authorize address the way a browser would, and returns where FreshBooks sends it. */
    static String approve(String authorizeUrl) {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            HttpResponse<String> res = http.send(
                    HttpRequest.newBuilder(URI.create(authorizeUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 302) {
                throw new AssertionError("the authorize address answered " + res.statusCode() + ": " + res.body());
            }
            return res.headers().firstValue("location").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The token set stored for {@code profile}, read straight from the file store. */
    Optional<TokenSet> stored(String profile) {
        return new FileCredentialStore(paths().config().resolve(FileCredentialStore.FILE_NAME))
                .get(Credentials.tokenKey(profile))
                .map(TokenSets::parse);
    }

    Optional<TokenSet> stored() {
        return stored(Credentials.DEFAULT_PROFILE);
    }

    Optional<String> storedSecret(String key) {
        return new FileCredentialStore(paths().config().resolve(FileCredentialStore.FILE_NAME)).get(key);
    }

    void store(TokenSet t) {
        new FileCredentialStore(paths().config().resolve(FileCredentialStore.FILE_NAME))
                .put(Credentials.tokenKey(Credentials.DEFAULT_PROFILE), TokenSets.format(t));
    }

    Map<String, String> config() {
        return ConfigLoader.readFile(paths().configFile());
    }

    /** Every file under FB_HOME, as text. */
    String allFiles() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(home)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sb.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + "\n" + err;
        }
    }

    /** {@code fb} running on its own thread, with standard input through a pipe. */
    static final class Running {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final PipedOutputStream input = new PipedOutputStream();
        private final CompletableFuture<Integer> exit;

        Running(Map<String, String> env, Clock clock, boolean interactive, String[] args) {
            PipedInputStream in;
            try {
                in = new PipedInputStream(input, 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            AppContext ctx =
                    new AppContext(env, in, new PrintWriter(out, true), new PrintWriter(err, true), interactive, clock);
            exit = new CompletableFuture<>();
            Thread t = new Thread(
                    () -> {
                        try {
                            exit.complete(new Main(ctx).run(args));
                        } catch (Throwable e) {
                            exit.completeExceptionally(e);
                        }
                    },
                    "fb-run");
            t.setDaemon(true);
            t.start();
        }

        void write(String text) {
            try {
                input.write(text.getBytes(StandardCharsets.UTF_8));
                input.flush();
            } catch (InterruptedIOException e) {
                throw new AssertionError(e);
            } catch (IOException e) {
                // fb stopped reading (it finished or failed): its result says why
            }
        }

        void writeLine(String line) {
            write(line + "\n");
        }

        void closeInput() {
            try {
                input.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        /** Waits until stderr matches {@code p}; returns its first group. */
        String awaitErr(Pattern p) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Matcher m = p.matcher(err.toString());
                if (m.find()) {
                    return m.group(1);
                }
                if (exit.isDone()) {
                    throw new AssertionError("fb ended (" + exit.join() + ") before printing " + p + ":\n" + out + err);
                }
                sleepBriefly();
            }
            throw new AssertionError("fb did not print " + p + " within 60 s:\n" + out + err);
        }

        Result finish() {
            try {
                int code = exit.get(120, TimeUnit.SECONDS);
                return new Result(code, out.toString(), err.toString());
            } catch (Exception e) {
                throw new AssertionError("fb did not finish: " + out + err, e);
            }
        }

        private static void sleepBriefly() {
            try {
                Thread.sleep(Duration.ofMillis(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
