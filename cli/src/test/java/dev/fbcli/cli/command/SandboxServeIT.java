package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fb sandbox serve} as a user runs it: the packaged jar in its own process, then the real
 * {@code curl} asking it for the identity and the overdue invoices, as the issue says.
 */
class SandboxServeIT {
    @TempDir
    Path home;

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void should_answer_curl_with_the_demo_identity_and_the_overdue_invoices() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).exists();
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "sandbox",
                        "serve",
                        "--port",
                        "0",
                        "--token",
                        "T")
                .redirectErrorStream(true);
        pb.environment().put("FB_HOME", home.toString());
        Process server = pb.start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line = lines.readLine(); line != null && url == null; line = lines.readLine()) {
                Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)").matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertThat(url).as("the printed base URL").isNotNull();

            String me = run(List.of("curl", "-s", "-H", "Authorization: Bearer T", url + "/auth/api/v1/users/me"));
            assertThat(me).contains("\"first_name\":\"Riley\"").contains("\"account_id\":\"NWS77\"");

            String overdue = run(List.of(
                    "curl",
                    "-s",
                    "-g",
                    "-H",
                    "Authorization: Bearer T",
                    url + "/accounting/account/NWS77/invoices/invoices?search[v3_status]=overdue"));
            assertThat(overdue)
                    .contains("\"invoice_number\":\"0002\"")
                    .contains("\"invoice_number\":\"0003\"")
                    .contains("\"invoice_number\":\"0006\"")
                    .contains("\"invoice_number\":\"0009\"")
                    .doesNotContain("\"invoice_number\":\"0001\"");

            String refused =
                    run(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", url + "/auth/api/v1/users/me"));
            assertThat(refused).isEqualTo("401");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
