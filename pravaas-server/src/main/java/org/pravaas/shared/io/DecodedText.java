package org.pravaas.shared.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a text file, decoded strictly: UTF-8 (with or without byte-order mark), or
 * UTF-16 when a byte-order mark says so. A byte sequence the charset cannot decode is reported at
 * its byte offset, after every character before it has been read, instead of becoming U+FFFD: a
 * Windows-1256 or Latin-1 file must be refused, not imported as mojibake.
 */
final class DecodedText implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long bytesDropped;
    private boolean endOfInput;
    private boolean finished;
    private long malformedAt = -1;

    private DecodedText(InputStream in, Charset charset, ByteBuffer bytes) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = bytes;
    }

    static DecodedText of(InputStream in) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        int n = in.readNBytes(bytes.array(), 0, 3);
        bytes.position(n).flip();
        DecodedText text = new DecodedText(in, charset(bytes), bytes);
        text.bytesDropped = bytes.position();
        text.bytes.compact().flip();
        return text;
    }

    /** Detects the byte-order mark and moves past it. */
    private static Charset charset(ByteBuffer start) {
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            start.position(3);
        } else if (startsWith(start, 0xFF, 0xFE)) {
            start.position(2);
            return StandardCharsets.UTF_16LE;
        } else if (startsWith(start, 0xFE, 0xFF)) {
            start.position(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(ByteBuffer buffer, int... prefix) {
        if (buffer.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((buffer.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The next character, or -1 at the end of the file. */
    int read() throws IOException {
        if (!chars.hasRemaining() && !refill()) {
            return -1;
        }
        return chars.get();
    }

    private boolean refill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !finished) {
            if (malformedAt >= 0) {
                throw new Malformed(malformedAt);
            }
            readMoreBytes();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                malformedAt = bytesDropped + bytes.position();
            } else if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
                finished = true;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readMoreBytes() throws IOException {
        if (endOfInput) {
            return;
        }
        bytesDropped += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A byte sequence at {@code byteOffset} (0-based, from the start of the file) is not in the charset. */
    static final class Malformed extends IOException {
        final long byteOffset;

        Malformed(long byteOffset) {
            super("malformed input at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }
    }
}
