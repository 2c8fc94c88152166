package org.atelier.web.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A screen that subscribes and then stops reading, as a phone on a dead network would: a raw
 * WebSocket client with a tiny receive buffer, speaking just enough STOMP to follow a workshop.
 */
final class StalledScreen implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;

    private StalledScreen(int port) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects, subscribes, waits for the RECEIPT, and from then on reads nothing. */
    static StalledScreen follow(int port, String token, String workshopId) throws IOException {
        StalledScreen screen = new StalledScreen(port);
        screen.handshake();
        screen.sendFrame("CONNECT\naccept-version:1.2\nhost:127.0.0.1\nheart-beat:0,0\nAuthorization:Bearer " + token
                + "\n\n\0");
        screen.sendFrame("SUBSCRIBE\nid:sub-0\ndestination:/topic/workshops/" + workshopId + "\nreceipt:stalled\n\n\0");
        while (!screen.readFrame().startsWith("RECEIPT")) {
            // CONNECTED comes first
        }
        return screen;
    }

    /** True once the server has closed the connection (read from here on: what it sent, then the end). */
    boolean isClosedByServer() {
        try {
            byte[] drain = new byte[65_536];
            while (true) {
                if (in.read(drain) < 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true;
        }
    }

    private void handshake() throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        if (!head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + head);
        }
    }

    private void sendFrame(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        }
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    private String readFrame() throws IOException {
        in.read();
        int length = in.read() & 0x7f;
        if (length == 126) {
            length = (in.read() << 8) | in.read();
        } else if (length == 127) {
            throw new IOException("unexpectedly large frame");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
