package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompDecoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.web.socket.TextMessage;

/** The frame a screen receives reads, with Spring's own STOMP decoder, as the broker's did. */
class LiveFrameTest {

    private static final String JSON = "{\"type\":\"IdeaPosted\",\"payload\":{\"text\":\"Vélos partagés\"}}";

    @Test
    void aChangeIsAStompMessageFrameOfItsSubscription() {
        LiveFrame frame = new LiveFrame("/topic/workshops/w-1", "application/json", "17",
                JSON.getBytes(StandardCharsets.UTF_8));

        Message<byte[]> message = decoded(frame.to("sub-0"));
        StompHeaderAccessor headers = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);

        assertThat(headers.getCommand()).isEqualTo(StompCommand.MESSAGE);
        assertThat(headers.getDestination()).isEqualTo("/topic/workshops/w-1");
        assertThat(headers.getSubscriptionId()).isEqualTo("sub-0");
        assertThat(headers.getMessageId()).isEqualTo("17");
        assertThat(headers.getFirstNativeHeader("content-type")).isEqualTo("application/json");
        assertThat(headers.getContentLength()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(message.getPayload(), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void aSubscriptionIdIsEscapedAsStompSays() {
        LiveFrame frame = new LiveFrame("/topic/workshops/w-1", "application/json", "1",
                JSON.getBytes(StandardCharsets.UTF_8));

        StompHeaderAccessor headers = MessageHeaderAccessor.getAccessor(decoded(frame.to("a:b\\c\nd")),
                StompHeaderAccessor.class);

        assertThat(headers.getSubscriptionId()).isEqualTo("a:b\\c\nd");
    }

    private static Message<byte[]> decoded(TextMessage frame) {
        List<Message<byte[]>> messages = new StompDecoder().decode(ByteBuffer.wrap(frame.asBytes()));
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
