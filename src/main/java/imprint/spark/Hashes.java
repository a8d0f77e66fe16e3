package imprint.spark;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, the form the results table and receipts use. */
final class Hashes {
    private Hashes() {
    }

    static String sha256(byte[] b) {
        return HexFormat.of().formatHex(digest().digest(b));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
