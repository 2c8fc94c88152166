package org.atelier.command.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * Rejoin codes in the command side's own table, as SHA-256 digests: the codes are long random
 * secrets, so a fast digest cannot be turned back by guessing, and it can be looked up.
 */
@Component
class JpaRejoinCodes implements RejoinCodes {

    private final EntityManager entityManager;

    JpaRejoinCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void assign(String rejoinCode, Holder holder) {
        entityManager.createQuery("delete from RejoinCodeEntry e where e.participantId = :participantId")
                .setParameter("participantId", holder.participantId().value())
                .executeUpdate();
        entityManager.persist(new RejoinCodeEntry(digestOf(rejoinCode), holder.participantId().value(),
                holder.workshopId().value(), holder.organisationId().value()));
        entityManager.flush();
    }

    @Override
    public Optional<Holder> holderOf(String rejoinCode) {
        return Optional.ofNullable(entityManager.find(RejoinCodeEntry.class, digestOf(rejoinCode)))
                .map(entry -> new Holder(new WorkshopId(entry.workshopId()), new ParticipantId(entry.participantId()),
                        new OrganisationId(entry.organisationId())));
    }

    static String digestOf(String rejoinCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rejoinCode.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
