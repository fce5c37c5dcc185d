package dev.fbcli.cli.action.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptTypeTest {
    @TempDir
    Path dir;

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void knowsTheTypesFreshBooksTakesByTheirFirstBytes() {
        assertThat(ReceiptType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertThat(ReceiptType.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)))
                .isEqualTo("image/png");
        assertThat(ReceiptType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
        assertThat(ReceiptType.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
        assertThat(ReceiptType.of(bytes(0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c')))
                .isEqualTo("image/heic");
        assertThat(ReceiptType.of("hello, world".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(ReceiptType.of(new byte[0])).isNull();
    }

    @Test
    void aReceiptNamedPdfThatIsTextIsRefused() throws Exception {
        Path fake = dir.resolve("receipt.pdf");
        Files.writeString(fake, "just some notes");
        assertThatThrownBy(() -> ExpenseRecording.receipt(fake.toString()))
                .isInstanceOf(CliException.Usage.class)
                .hasMessageContaining("is not a PDF, PNG, JPEG, GIF or HEIC file (by its content)");
        Path real = dir.resolve("scan");
        Files.write(real, "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII));
        assertThat(ExpenseRecording.receipt(real.toString())).isEqualTo(real.toAbsolutePath());
    }
}
