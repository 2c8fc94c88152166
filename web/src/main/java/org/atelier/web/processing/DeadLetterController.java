package org.atelier.web.processing;

import java.util.List;

import org.atelier.query.processing.DeadLetters;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.ForOrganiser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events a read model could not apply, for the organiser: which processor, which workshop,
 * what failed and how often it was tried; and a retry of a workshop's sequence once the cause is
 * fixed. The other workshops went on meanwhile.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ForOrganiser
    @GetMapping
    List<DeadLetters.Sequence> list() {
        return deadLetters.all();
    }

    @ForOrganiser
    @PostMapping("/{processingGroup}/{sequence}/retry")
    DeadLetters.Retried retry(@PathVariable String processingGroup, @PathVariable String sequence) {
        try {
            return deadLetters.retry(processingGroup, sequence);
        } catch (DeadLetters.UnknownSequence unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }
}
