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

    private final String head;
    private final String tail;

    /**
     * @param body the change as JSON, as the broker's converter writes it
     */
    LiveFrame(String destination, String contentType, String messageId, byte[] body) {
        this.head = "MESSAGE\ndestination:" + escaped(destination) + "\ncontent-type:" + escaped(contentType)
                + "\nsubscription:";
        this.tail = "\nmessage-id:" + escaped(messageId) + "\ncontent-length:" + body.length + "\n\n"
                + new String(body, StandardCharsets.UTF_8) + "\0";
    }

    /** The frame for a screen that subscribed under {@code subscriptionId}. */
    TextMessage to(String subscriptionId) {
        return new TextMessage(head + escaped(subscriptionId) + tail);
    }

    /** A header value as STOMP 1.2 writes it in a frame other than CONNECT and CONNECTED. */
    static String escaped(String value) {
        if (value.chars().noneMatch(c -> c == '\\' || c == ':' || c == '\n' || c == '\r')) {
            return value;
        }
        return value.replace("\\", "\\\\").replace(":", "\\c").replace("\n", "\\n").replace("\r", "\\r");
    }
}
