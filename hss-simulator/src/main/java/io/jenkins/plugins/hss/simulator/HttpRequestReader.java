package io.jenkins.plugins.hss.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads one HTTP/1.1 request from a connection: request line, headers, and a plain or chunked body. */
final class HttpRequestReader {

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_BODY = 12 * 1024 * 1024;

    /** A request and whether the connection stays open after it. */
    record Message(SimRequest request, boolean keepAlive) {
    }

    static final class MalformedRequestException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedRequestException(String message) {
            super(message);
        }
    }

    private HttpRequestReader() {
    }

    /** The next request, or empty when the client closed the connection between requests. */
    static Optional<Message> read(InputStream in, String clientIp) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return Optional.empty();
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("malformed request line");
        }
        Map<String, List<String>> headers = readHeaders(in);
        byte[] body = readBody(in, headers);
        String target = parts[1];
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? null : target.substring(question + 1);
        String connection = first(headers, "Connection");
        boolean keepAlive = parts[2].equals("HTTP/1.1") ? !"close".equalsIgnoreCase(connection)
                : "keep-alive".equalsIgnoreCase(connection);
        return Optional.of(new Message(
                new SimRequest(parts[0], rawPath, QueryParameters.parse(rawQuery), headers, body, clientIp), keepAlive));
    }

    private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequestException("malformed header line");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(first(headers, "Transfer-Encoding"))) {
            return readChunked(in);
        }
        String length = first(headers, "Content-Length");
        if (length == null) {
            return new byte[0];
        }
        int size;
        try {
            size = Integer.parseInt(length.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("malformed Content-Length");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new MalformedRequestException("body too large");
        }
        return readExactly(in, size);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new MalformedRequestException("truncated chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("malformed chunk size");
            }
            if (size == 0) {
                readHeaders(in); // trailers, ignored
                return body.toByteArray();
            }
            if (body.size() + size > MAX_BODY) {
                throw new MalformedRequestException("body too large");
            }
            body.writeBytes(readExactly(in, size));
            readLine(in);
        }
    }

    private static byte[] readExactly(InputStream in, int size) throws IOException {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length != size) {
            throw new MalformedRequestException("truncated body");
        }
        return bytes;
    }

    /** A CRLF- (or LF-) terminated line without its terminator; null at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() >= MAX_LINE) {
                throw new MalformedRequestException("line too long");
            }
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
