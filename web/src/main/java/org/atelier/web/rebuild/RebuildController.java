package org.atelier.web.rebuild;

import org.atelier.query.rebuild.ReadModelRebuild;
import org.atelier.query.rebuild.RebuildStatus;
import org.atelier.shared.PublicNames;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.ForOrganiser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organiser drops and rebuilds every read model from the event store and follows it: the
 * screen polls the state (one organiser, a figure that changes continuously: polling twice a
 * second costs nothing and needs no topic of its own).
 */
@RestController
@RequestMapping("/api/admin/rebuild")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @ForOrganiser
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus start() {
        try {
            return rebuild.start();
        } catch (ReadModelRebuild.AlreadyRunning running) {
            throw new ApiException(HttpStatus.CONFLICT, null, running.getMessage(),
                    PublicNames.of(ReadModelRebuild.AlreadyRunning.class));
        }
    }

    @ForOrganiser
    @GetMapping
    RebuildStatus status() {
        return rebuild.status();
    }
}
