package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receipt uploaded as multipart, attached to an expense by jwt, read back and downloaded. */
class ReceiptUploadScenarioTest {

    static final String BOUNDARY = "----fbSandboxBoundary7MA4YWxk";

    static byte[] multipart(String filename, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Sandbox.Res upload(Sandbox sb, String filename, String type, byte[] content) {
        return sb.send(
                "POST",
                "/uploads/account/NWS77/attachments",
                multipart(filename, type, content),
                "Content-Type",
                "multipart/form-data; boundary=" + BOUNDARY);
    }

    @Test
    void should_attach_an_uploaded_receipt_to_an_expense(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // given: a binary receipt with CR/LF and boundary-like bytes inside
            byte[] png = new byte[2048];
            for (int i = 0; i < png.length; i++) {
                png[i] = (byte) (i * 31 + 7);
            }
            png[100] = '\r';
            png[101] = '\n';
            png[102] = '-';
            png[103] = '-';

            // when
            Sandbox.Res up = upload(sb, "receipt.png", "image/png", png);
            String jwt = up.json().at("/attachment/jwt").asText();
            Sandbox.Res created = sb.post(
                    Sandbox.ACCT + "/expenses/expenses",
                    Sandbox.json(
                            "{'expense':{'categoryid':407,'staffid':1,'date':'2024-06-14','amount':{'amount':'42.10','code':'USD'},"
                                    + "'vendor':'Blue Bottle','attachment':{'jwt':'" + jwt
                                    + "','media_type':'image/png'}}}"));

            // then
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.json().at("/attachment/media_type").asText()).isEqualTo("image/png");
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            JsonNode expense = created.json().at("/response/result/expense");
            assertThat(expense.has("attachment"))
                    .as("attachment only with include[]=attachment")
                    .isFalse();
            assertThat(expense.get("has_receipt").asBoolean()).isTrue();
            long id = expense.get("id").asLong();
            JsonNode read = sb.get(Sandbox.ACCT + "/expenses/expenses/" + id + "?include[]=attachment")
                    .json()
                    .at("/response/result/expense/attachment");
            assertThat(read.get("jwt").asText()).isEqualTo(jwt);
            assertThat(read.get("media_type").asText()).isEqualTo("image/png");
            assertThat(read.get("attachmentid").asLong())
                    .isEqualTo(read.get("id").asLong());
            Sandbox.Res download = sb.get("/uploads/attachments/" + jwt);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Type")).isEqualTo("image/png");
            assertThat(download.raw().body()).isEqualTo(png);
        }
    }

    @Test
    void should_refuse_unknown_jwts_and_bad_uploads(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            Sandbox.Res missing = sb.get("/uploads/attachments/nope");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("error").asText()).isEqualTo("File not found");
            Sandbox.Res bad = sb.post(
                    Sandbox.ACCT + "/expenses/expenses",
                    Sandbox.json(
                            "{'expense':{'categoryid':407,'date':'2024-06-14','amount':{'amount':'1.00','code':'USD'},"
                                    + "'attachment':{'jwt':'nope','media_type':'image/png'}}}"));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().at("/response/errors/0/field").asText()).isEqualTo("attachment");
            Sandbox.Res notMultipart = sb.post("/uploads/account/NWS77/attachments", "{}");
            assertThat(notMultipart.status()).isEqualTo(400);
            assertThat(sb.get(Sandbox.ACCT + "/expenses/expenses?search[has_receipt]=true")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isZero();
        }
    }
}
