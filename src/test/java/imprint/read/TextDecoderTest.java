package imprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "Zażółć “gęślą” jaźń — Ελληνικά\nline two";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutBom() throws Exception {
        assertEquals(SAMPLE, TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(SAMPLE, TextDecoder.decode(concat(bom, SAMPLE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        assertEquals(SAMPLE, TextDecoder.decode(concat(bom, SAMPLE.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        assertEquals(SAMPLE, TextDecoder.decode(concat(bom, SAMPLE.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws Exception {
        String latin = "Plain English text, with a few words.\nAnd a second line.";
        assertEquals(latin, TextDecoder.decode(latin.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(latin, TextDecoder.decode(latin.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void lineEndsAreNormalised() throws Exception {
        assertEquals("a\nb\nc\n\nd", TextDecoder.decode("a\r\nb\rc\r\n\r\nd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        assertEquals("", TextDecoder.decode(new byte[0]));
    }

    @Test
    void malformedUtf8NamesTheByteAndItsOffset() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, '(', 'd'};
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(bytes));
        assertEquals(Code.INPUT_ENCODING, e.code());
        assertEquals("not valid UTF-8 (byte 0xC3 at offset 3)", e.getMessage());
    }

    @Test
    void latin1IsNotSilentlyAccepted() {
        byte[] bytes = "café".getBytes(StandardCharsets.ISO_8859_1);
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(bytes));
        assertEquals(Code.INPUT_ENCODING, e.code());
        assertEquals("not valid UTF-8 (byte 0xE9 at offset 3)", e.getMessage());
    }

    @Test
    void truncatedSequenceAtTheEndIsMalformed() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(bytes));
        assertEquals(Code.INPUT_ENCODING, e.code());
        assertTrue(e.getMessage().contains("offset 2"), e.getMessage());
    }

    @Test
    void unpairedSurrogateInUtf16IsMalformed() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(bytes));
        assertEquals(Code.INPUT_ENCODING, e.code());
    }

    @Test
    void nulBytesWithoutUtf16PatternAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(png));
        assertEquals(Code.INPUT_BINARY, e.code());
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = {'a', 1, 2, 3, 'b', 4, 5, 'c', 6, 7};
        ImprintException e = assertThrows(ImprintException.class, () -> TextDecoder.decode(bytes));
        assertEquals(Code.INPUT_BINARY, e.code());
    }

    @Test
    void strayControlCharactersAreRemovedAndReportedOnce() throws Exception {
        String text = "First line\nsec\u0007ond \u001B[0mline\u007F\n\u000Cthird\ttabbed";
        Diagnostics d = new Diagnostics();
        String out = TextDecoder.decodeReporting(text.getBytes(StandardCharsets.UTF_8), d);
        assertEquals("First line\nsecond [0mline\nthird\ttabbed", out);
        assertEquals(1, d.list().size(), d.list().toString());
        Diagnostic diag = d.list().get(0);
        assertEquals(Code.CONTROL_CHARACTERS_REMOVED, diag.code());
        assertEquals(2, diag.line());
        assertEquals(4, diag.column());
    }

    @Test
    void cleanTextReportsNothing() throws Exception {
        Diagnostics d = new Diagnostics();
        TextDecoder.decodeReporting(SAMPLE.getBytes(StandardCharsets.UTF_8), d);
        assertTrue(d.list().isEmpty());
    }
}
