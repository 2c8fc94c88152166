package org.atelier.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A STOMP frame as a screen reads it: its command, its header lines as they came, and its body.
 * Only what the screens send and receive: no escaping in header values (ours have no colon or
 * line break), and a body ends at the NUL byte (a JSON body has none).
 */
record Frame(String command, String headers, String body) {

    private static final char END = '\0';

    static String connect(String token) {
        return "CONNECT\naccept-version:1.2\nheart-beat:0,0\nAuthorization:Bearer " + token + "\n\n" + END;
    }

    static String subscribe(String destination, String receipt) {
        return "SUBSCRIBE\nid:0\ndestination:" + destination + "\nreceipt:" + receipt + "\n\n" + END;
    }

    /** The frames of one WebSocket message; the end-of-lines sent as heart-beats are skipped. */
    static List<Frame> parse(String text) {
        List<Frame> frames = new ArrayList<>(1);
        int at = 0;
        while (at < text.length()) {
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            if (at == text.length()) {
                break;
            }
            int commandEnd = text.indexOf('\n', at);
            int headersEnd = commandEnd < 0 ? -1 : text.indexOf("\n\n", commandEnd);
            int bodyEnd = headersEnd < 0 ? -1 : text.indexOf(END, headersEnd);
            if (bodyEnd < 0) {
                throw new IllegalArgumentException("Not a whole STOMP frame: " + text.substring(at));
            }
            String command = text.substring(at, commandEnd).strip();
            String headers = headersEnd > commandEnd ? text.substring(commandEnd + 1, headersEnd) : "";
            frames.add(new Frame(command, headers, text.substring(headersEnd + 2, bodyEnd)));
            at = bodyEnd + 1;
        }
        return frames;
    }
}
