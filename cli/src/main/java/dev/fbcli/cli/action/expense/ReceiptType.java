package dev.fbcli.cli.action.expense;

import java.util.Set;

/**
 * What a receipt file is, by its first bytes (not its name): the types FreshBooks takes as an
 * expense attachment, PDF, PNG, JPEG, GIF and HEIC. Pure: bytes in, media type out.
 */
final class ReceiptType {
    /** The ISO base-media brands of HEIC/HEIF images. */
    private static final Set<String> HEIC_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private ReceiptType() {}

    /** The media type of a file starting with {@code head}, or null when it is none FreshBooks takes. */
    static String of(byte[] head) {
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (head.length >= 12
                && head[4] == 'f'
                && head[5] == 't'
                && head[6] == 'y'
                && head[7] == 'p'
                && HEIC_BRANDS.contains(new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            return "image/heic";
        }
        return null;
    }

    private static boolean starts(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
