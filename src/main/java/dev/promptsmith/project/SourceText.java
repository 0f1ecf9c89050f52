package dev.promptsmith.project;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes and its decoded text, with the conventions a rewrite must keep: byte order mark,
 * line separator and whether the last line ends with a newline.
 *
 * @param text the decoded text without the byte order mark
 * @param lineBreak {@code "\r\n"} when the first line ends that way, else {@code "\n"}
 * @param badByteOffset offset of the first byte that is not UTF-8, or -1 when the file is valid UTF-8
 */
record SourceText(byte[] bytes, String text, boolean bom, String lineBreak, boolean finalNewline, int badByteOffset) {

    private static final char BOM = '\uFEFF';

    static SourceText decode(byte[] bytes) {
        int bad = firstMalformedByte(bytes);
        // Invalid bytes become U+FFFD so the rest of the file can still be shown; the caller marks the file read-only.
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        if (bom) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String lineBreak = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
        boolean finalNewline = text.isEmpty() || text.endsWith("\n");
        return new SourceText(bytes, text, bom, lineBreak, finalNewline, bad);
    }

    boolean isValidUtf8() {
        return badByteOffset < 0;
    }

    /** 1-based line of the first invalid byte. */
    int badByteLine() {
        return (int) prefixBeforeBadByte().chars().filter(c -> c == '\n').count() + 1;
    }

    /** 1-based column (in characters) of the first invalid byte. */
    int badByteColumn() {
        String prefix = prefixBeforeBadByte();
        return prefix.length() - prefix.lastIndexOf('\n');
    }

    /** Encodes new content for this file, keeping its byte order mark. */
    byte[] encode(String content) {
        return ((bom ? String.valueOf(BOM) : "") + content).getBytes(StandardCharsets.UTF_8);
    }

    private String prefixBeforeBadByte() {
        String prefix = new String(bytes, 0, Math.max(badByteOffset, 0), StandardCharsets.UTF_8);
        return !prefix.isEmpty() && prefix.charAt(0) == BOM ? prefix.substring(1) : prefix;
    }

    private static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }
}
