package org.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void aMessageGivesItsBodyWithoutTheHeadersOrTheEnd() {
        String text = "MESSAGE\ndestination:/topic/workshops/w-1\nsubscription:0\nmessage-id:7\n"
                + "content-type:application/json\n\n{\"type\":\"IdeaPosted\",\"text\":\"a:b\\n\"}\0";

        List<Frame> frames = Frame.parse(text);

        assertThat(frames).singleElement().satisfies(frame -> {
            assertThat(frame.command()).isEqualTo("MESSAGE");
            assertThat(frame.headers()).contains("subscription:0").doesNotContain("\n\n");
            assertThat(frame.body()).isEqualTo("{\"type\":\"IdeaPosted\",\"text\":\"a:b\\n\"}");
        });
    }

    @Test
    void framesInOneTextComeInOrderAndHeartBeatsAreSkipped() {
        String text = "\n" + "RECEIPT\nreceipt-id:follow-1\n\n\0" + "\r\n" + "MESSAGE\nsubscription:0\n\nbody\0\n";

        assertThat(Frame.parse(text)).extracting(Frame::command, Frame::body)
                .containsExactly(tuple("RECEIPT", ""), tuple("MESSAGE", "body"));
        assertThat(Frame.parse("\n")).isEmpty();
    }

    @Test
    void whatTheScreensSendReadsBackAsTheFramesTheyMean() {
        assertThat(Frame.parse(Frame.connect("t0k.en"))).singleElement().satisfies(frame -> {
            assertThat(frame.command()).isEqualTo("CONNECT");
            assertThat(frame.headers().lines()).contains("accept-version:1.2", "Authorization:Bearer t0k.en");
        });
        assertThat(Frame.parse(Frame.subscribe("/topic/workshops/w-1", "follow-9"))).singleElement()
                .satisfies(frame -> assertThat(frame.headers().lines())
                        .containsExactly("id:0", "destination:/topic/workshops/w-1", "receipt:follow-9"));
        assertThat(Frame.parse("DISCONNECT\n\n\0")).singleElement()
                .satisfies(frame -> assertThat(frame.headers()).isEmpty());
    }

    @Test
    void aFrameCutShortIsRefused() {
        assertThatThrownBy(() -> Frame.parse("MESSAGE\nsubscription:0\n\n{\"type\""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
