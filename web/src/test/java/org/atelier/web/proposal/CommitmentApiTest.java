package org.atelier.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Commitments and the partnerships they form, over HTTP, one at a time and all at once. */
class CommitmentApiTest extends ApiTest {

    @Autowired
    private EventStore eventStore;

    private Workshop workshop;
    private Participant ana;
    private Participant ben;
    private Participant carla;
    private String proposalId;

    @BeforeEach
    void aProposalInRealization() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        carla = joinNewOrganisation(workshop, "Carla");
        advanceTo(workshop, "REALIZATION");
        proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(),
                Map.of("title", "Cuisine partagée")).text("proposalId");
    }

    @Test
    void aParticipantCommitsTheirOrganisationOnce() {
        Response first = commit(ana);
        long version = version();
        Response again = commit(ana);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("organisationId")).isEqualTo(ana.organisationId());
        assertThat(again.status()).isEqualTo(200);
        assertThat(version()).isEqualTo(version);
        JsonNode commitments = proposal().path("commitments");
        assertThat(commitments.size()).isEqualTo(1);
        assertThat(commitments.get(0).path("organisationId").asText()).isEqualTo(ana.organisationId());
        assertThat(commitments.get(0).path("at").asText()).isNotBlank();
    }

    @Test
    void aColleagueOfACommittedOrganisationAddsNothing() {
        Participant anasColleague = join(workshop, ana.organisationId(), "Annie");
        commit(ana);

        assertThat(commit(anasColleague).status()).isEqualTo(200);
        assertThat(proposal().path("commitments").size()).isEqualTo(1);
    }

    @Test
    void theSecondOrganisationFormsAPartnershipThatIsListedAtOnce() {
        commit(ana);
        Response second = commit(ben);

        assertThat(second.status()).isEqualTo(201);
        String partnershipId = second.text("partnershipId");
        assertThat(partnershipId).isNotBlank();
        assertThat(proposal().path("partnershipId").asText()).isEqualTo(partnershipId);
        JsonNode partnership = partnerships().get(0);
        assertThat(partnership.path("partnershipId").asText()).isEqualTo(partnershipId);
        assertThat(partnership.path("proposalId").asText()).isEqualTo(proposalId);
        assertThat(texts(partnership.path("organisationIds"))).containsExactly(ana.organisationId(),
                ben.organisationId());
        assertThat(partnership.path("formedAt").asText()).isNotBlank();
        assertThat(partnership.path("strengthened").asBoolean()).isFalse();
    }

    @Test
    void laterCommitmentsJoinThePartnership() {
        commit(ana);
        String partnershipId = commit(ben).text("partnershipId");

        assertThat(commit(carla).text("partnershipId")).isEqualTo(partnershipId);
        assertThat(partnerships().size()).isEqualTo(1);
        assertThat(texts(partnerships().get(0).path("organisationIds"))).containsExactly(ana.organisationId(),
                ben.organisationId(), carla.organisationId());
    }

    @Test
    void withdrawingBelowTwoDissolvesThePartnership() {
        commit(ana);
        commit(ben);

        assertThat(api.delete(commitments(), ben.token()).status()).isEqualTo(204);
        assertThat(api.delete(commitments(), ben.token()).status()).isEqualTo(204);

        assertThat(proposal().path("partnershipId").isNull()).isTrue();
        assertThat(partnerships().get(0).path("status").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void aWithdrawnProposalDissolvesItsPartnership() {
        commit(ana);
        commit(ben);

        assertThat(api.delete("/api/proposals/" + proposalId, ana.token()).status()).isEqualTo(204);

        assertThat(partnerships().get(0).path("status").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void partnersWhoWorkedTogetherBeforeStrengthenTheirLink() {
        commit(ana);
        commit(ben);
        Workshop next = scheduleWorkshop();
        Participant anaAgain = join(next, ana.organisationId(), "Ana");
        Participant benAgain = join(next, ben.organisationId(), "Ben");
        advanceTo(next, "REALIZATION");
        String nextProposal = api.post("/api/workshops/" + next.id() + "/proposals", benAgain.token(),
                Map.of("title", "Vélos")).text("proposalId");
        api.post("/api/proposals/" + nextProposal + "/commitments", anaAgain.token(), Map.of());
        api.post("/api/proposals/" + nextProposal + "/commitments", benAgain.token(), Map.of());

        JsonNode partnership = api.get("/api/partnerships?workshopId=" + next.id(), next.evaluatorToken()).body().get(0);
        assertThat(partnership.path("strengthened").asBoolean()).isTrue();
        assertThat(texts(partnership.path("strengthenedPairs").get(0)))
                .containsExactlyInAnyOrder(ana.organisationId(), ben.organisationId());
    }

    @Test
    void onlyAParticipantCommitsAndOnlyTheirOwnOrganisation() {
        assertProblem(api.post(commitments(), ana.token(), Map.of("organisationId", ben.organisationId())), 403,
                "organisationId");
        assertProblem(api.post(commitments(), workshop.facilitatorToken(), Map.of()), 403, null);
        assertProblem(api.post(commitments(), workshop.evaluatorToken(), Map.of()), 403, null);
        assertProblem(api.post("/api/proposals/unknown-proposal/commitments", ana.token(), Map.of()), 404, null);
        assertThat(api.post(commitments(), ana.token(), Map.of("organisationId", ana.organisationId())).status())
                .isEqualTo(201);
    }

    @Test
    void aCommitmentWithoutBodyIsTheCallersOrganisation() {
        assertThat(api.postRaw(commitments(), ana.token(), "").status()).isEqualTo(201);
    }

    @Test
    void committingOnceTheWorkshopClosedIsAConflict() {
        advanceTo(workshop, "CLOSED");

        assertProblem(commit(ana), 409, null);
        assertThat(api.delete(commitments(), ana.token()).status()).isEqualTo(204);
    }

    @Test
    void partnershipsAreListedOnlyForAWorkshopOneMayRead() {
        Participant olga = joinNewOrganisation(scheduleWorkshop(), "Olga");

        assertProblem(api.get("/api/partnerships", workshop.evaluatorToken()), 400, "workshopId");
        assertProblem(api.get("/api/partnerships?workshopId=" + workshop.id(), olga.token()), 403, null);
        assertProblem(api.get("/api/partnerships?workshopId=no-such-workshop", ORGANISER), 404, null);
        assertThat(api.get("/api/partnerships?workshopId=" + workshop.id(), workshop.evaluatorToken()).body().size())
                .isZero();
    }

    @Test
    void simultaneousCommitmentsOfManyOrganisationsFormExactlyOnePartnershipWithAllOfThem() throws Exception {
        List<Participant> participants = new ArrayList<>(List.of(ana, ben, carla));
        for (int i = 0; i < 9; i++) {
            participants.add(joinNewOrganisation(workshop, "P" + i));
        }
        ExecutorService committers = Executors.newFixedThreadPool(participants.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (Participant participant : participants) {
                answers.add(committers.submit(() -> {
                    start.await();
                    return commit(participant);
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
            }
        } finally {
            committers.shutdownNow();
        }

        assertThat(formedEvents()).isEqualTo(1);
        JsonNode listed = partnerships();
        assertThat(listed.size()).isEqualTo(1);
        Set<String> expected = new HashSet<>();
        participants.forEach(participant -> expected.add(participant.organisationId()));
        assertThat(texts(listed.get(0).path("organisationIds"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(proposal().path("commitments").size()).isEqualTo(participants.size());
    }

    private long formedEvents() {
        long formed = 0;
        var stream = eventStore.readEvents(workshop.id());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof PartnershipFormed) {
                formed++;
            }
        }
        return formed;
    }

    private Response commit(Participant participant) {
        return api.post(commitments(), participant.token(), Map.of());
    }

    private String commitments() {
        return "/api/proposals/" + proposalId + "/commitments";
    }

    private JsonNode proposal() {
        return api.get("/api/proposals/" + proposalId, workshop.evaluatorToken()).body();
    }

    private JsonNode partnerships() {
        return api.get("/api/partnerships?workshopId=" + workshop.id(), workshop.evaluatorToken()).body();
    }

    private long version() {
        return api.get("/api/workshops/" + workshop.id() + "/board", workshop.evaluatorToken()).body()
                .path("version").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
