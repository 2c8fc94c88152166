package org.atelier.web.live;

import java.nio.charset.StandardCharsets;

import org.springframework.web.socket.TextMessage;

/**
 * A change as the STOMP MESSAGE frame a screen receives, written once for every screen that
 * subscribed under the same subscription id, instead of built, encoded into bytes and decoded
 * back into text once per screen as Spring's broker does. The frame holds what Spring's would:
 * destination, content type, subscription, message id (one per change: the same message to every
 * screen) and content length, header values escaped as STOMP 1.2 says.
 */
final class LiveFrame {

    private final byte[] head;
    private final byte[] tail;

    /**
     * @param body the change as JSON, as the broker's converter writes it
     */
    LiveFrame(String destination, String contentType, String messageId, byte[] body) {
        this.head = utf8("MESSAGE\ndestination:" + escaped(destination) + "\ncontent-type:" + escaped(contentType)
                + "\nsubscription:");
        byte[] headers = utf8("\nmessage-id:" + escaped(messageId) + "\ncontent-length:" + body.length + "\n\n");
        this.tail = new byte[headers.length + body.length + 1];
        System.arraycopy(headers, 0, tail, 0, headers.length);
        System.arraycopy(body, 0, tail, headers.length, body.length);
    }

    /**
     * The frame for a screen that subscribed under {@code subscriptionId}. Made of its bytes, which
     * the message keeps: its length, asked at each send to bound what waits for a screen, is not
     * encoded again each time.
     */
    TextMessage to(String subscriptionId) {
        byte[] subscription = utf8(escaped(subscriptionId));
        byte[] frame = new byte[head.length + subscription.length + tail.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(subscription, 0, frame, head.length, subscription.length);
        System.arraycopy(tail, 0, frame, head.length + subscription.length, tail.length);
        return new TextMessage(frame);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A header value as STOMP 1.2 writes it in a frame other than CONNECT and CONNECTED. */
    static String escaped(String value) {
        if (value.chars().noneMatch(c -> c == '\\' || c == ':' || c == '\n' || c == '\r')) {
            return value;
        }
        return value.replace("\\", "\\\\").replace(":", "\\c").replace("\n", "\\n").replace("\r", "\\r");
    }
}
