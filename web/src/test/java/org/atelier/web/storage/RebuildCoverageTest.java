package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.web.ApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rebuild covers every read model: each tracking processor has a rebuildable read model, and only those. */
class RebuildCoverageTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private List<RebuildableReadModel> readModels;

    @Test
    void everyTrackingProcessorHasARebuildableReadModel() {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        List<String> tracking = processors.entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .toList();

        assertThat(readModels).extracting(RebuildableReadModel::processingGroup)
                .as("the rebuildable read models of the tracking processors " + tracking)
                .containsExactlyInAnyOrderElementsOf(tracking);
        assertThat(readModels).allSatisfy(model -> assertThat(model.collections()).isNotEmpty());
    }
}
