package elsewhere;

import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.security.RunsWorkshop;
import org.springframework.security.access.prepost.PreAuthorize;

/** A class outside Atelier's packages, annotated as a controller is: the method-security advisors leave it alone. */
public class NotAtelier {

    @RunsWorkshop
    public void run(WorkshopId workshopId) {
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void organiserOnly() {
    }
}
