package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every call of the API against every kind of caller: allowed ones succeed, others get 403 (or 401). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends ApiTest {

    enum Who { ORGANISER, FACILITATOR, PARTICIPANT, EVALUATOR, DISPLAY, OTHER_WORKSHOPS_PARTICIPANT, NOBODY }

    enum Call {
        REGISTER_ORGANISATION("POST /api/organisations", EnumSet.of(Who.ORGANISER)),
        UPDATE_ORGANISATION("PATCH /api/organisations/{organisationId}", EnumSet.of(Who.ORGANISER)),
        LIST_ORGANISATIONS("GET /api/organisations",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY,
                Who.OTHER_WORKSHOPS_PARTICIPANT)),
        CREATE_WORKSHOP("POST /api/workshops", EnumSet.of(Who.ORGANISER)),
        JOIN("POST /api/join", EnumSet.allOf(Who.class)),
        LOOK_UP_JOIN_CODE("GET /api/join/{joinCode}", EnumSet.allOf(Who.class)),
        SHOW_JOIN_QR_CODE("GET /join/{joinCode}/qr.svg", EnumSet.allOf(Who.class)),
        REMOVE_PARTICIPANT("DELETE /api/workshops/{workshopId}/participants/{participantId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        REJOIN("POST /api/rejoin", EnumSet.allOf(Who.class)),
        ISSUE_DISPLAY_TOKEN("POST /api/workshops/{workshopId}/displays", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        ADD_FACILITATOR("POST /api/workshops/{workshopId}/facilitators", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        REMOVE_FACILITATOR("DELETE /api/workshops/{workshopId}/facilitators/{facilitatorId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        SHOW_REJOIN_QR_CODE("POST /api/rejoin/qr.svg", EnumSet.allOf(Who.class)),
        LIST_FACILITATORS("GET /api/workshops/{workshopId}/facilitators", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        READ_ATTENDANCE("GET /api/workshops/{workshopId}/attendance",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        MARK_ATTENDANCE("PUT /api/workshops/{workshopId}/sessions/{session}/attendance/{participantId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        REPLACE_REJOIN_CODE("POST /api/workshops/{workshopId}/participants/{participantId}/rejoin-code",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        READ_WORKSHOP("GET /api/workshops/{workshopId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        READ_BOARD("GET /api/workshops/{workshopId}/board",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        READ_PAST_BOARD("GET /api/workshops/{workshopId}/board",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        ADVANCE("POST /api/workshops/{workshopId}/advance", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        ADVANCE_STEP("POST /api/workshops/{workshopId}/advance-step", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        POST_IDEA("POST /api/workshops/{workshopId}/ideas", EnumSet.of(Who.PARTICIPANT)),
        EDIT_IDEA("PATCH /api/workshops/{workshopId}/ideas/{ideaId}", EnumSet.of(Who.PARTICIPANT)),
        REMOVE_IDEA("DELETE /api/workshops/{workshopId}/ideas/{ideaId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        CREATE_CLUSTER("POST /api/workshops/{workshopId}/clusters", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        MOVE_IDEA("PUT /api/workshops/{workshopId}/ideas/{ideaId}/cluster", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        SUGGEST_CLUSTERS("GET /api/workshops/{workshopId}/suggestions", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        SUGGEST_CLUSTERS_FOR_A_PHASE("GET /api/workshops/{workshopId}/suggestions",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        CAST_VOTE("POST /api/workshops/{workshopId}/votes", EnumSet.of(Who.PARTICIPANT)),
        RETRACT_VOTE("DELETE /api/workshops/{workshopId}/votes/{ideaId}", EnumSet.of(Who.PARTICIPANT)),
        CAST_CLUSTER_VOTE("POST /api/workshops/{workshopId}/votes", EnumSet.of(Who.PARTICIPANT)),
        RETRACT_CLUSTER_VOTE("DELETE /api/workshops/{workshopId}/votes/clusters/{clusterId}",
                EnumSet.of(Who.PARTICIPANT)),
        RENAME_CLUSTER("PATCH /api/workshops/{workshopId}/clusters/{clusterId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        MERGE_CLUSTERS("POST /api/workshops/{workshopId}/clusters/{clusterId}/merge",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        DISSOLVE_CLUSTER("DELETE /api/workshops/{workshopId}/clusters/{clusterId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        CONFIGURE_PHASE("PUT /api/workshops/{workshopId}/phases/{phase}/settings",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        REVEAL("POST /api/workshops/{workshopId}/reveal", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        PARK_OBJECTION("POST /api/workshops/{workshopId}/objections", EnumSet.of(Who.PARTICIPANT)),
        STEP_BACK("POST /api/workshops/{workshopId}/step-back", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        PHASE_BACK("POST /api/workshops/{workshopId}/phase-back", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        START_TIMER("POST /api/workshops/{workshopId}/timer/start", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        PAUSE_TIMER("POST /api/workshops/{workshopId}/timer/pause", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        RESUME_TIMER("POST /api/workshops/{workshopId}/timer/resume", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        EXTEND_TIMER("POST /api/workshops/{workshopId}/timer/extend", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        STOP_TIMER("POST /api/workshops/{workshopId}/timer/stop", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        SAY_READY("POST /api/workshops/{workshopId}/ready", EnumSet.of(Who.PARTICIPANT)),
        PROPOSE("POST /api/workshops/{workshopId}/proposals",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        READ_PROPOSAL("GET /api/proposals/{proposalId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        AMEND_PROPOSAL("PATCH /api/proposals/{proposalId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        WITHDRAW_PROPOSAL("DELETE /api/proposals/{proposalId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        COMMIT("POST /api/proposals/{proposalId}/commitments", EnumSet.of(Who.PARTICIPANT)),
        WITHDRAW_COMMITMENT("DELETE /api/proposals/{proposalId}/commitments", EnumSet.of(Who.PARTICIPANT)),
        RANK_PROPOSALS("PUT /api/workshops/{workshopId}/proposals/order", EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        AGREE_ACTION("POST /api/proposals/{proposalId}/actions",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        UPDATE_ACTION("PATCH /api/proposals/{proposalId}/actions/{actionId}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT)),
        LIST_ACTIONS("GET /api/workshops/{workshopId}/actions",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        LIST_PARTNERSHIPS("GET /api/partnerships",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        CAST_PROPOSAL_VOTE("POST /api/workshops/{workshopId}/votes", EnumSet.of(Who.PARTICIPANT)),
        ALLOCATE_POINTS("PUT /api/workshops/{workshopId}/points", EnumSet.of(Who.PARTICIPANT)),
        RATE_CRITERION("PUT /api/workshops/{workshopId}/ratings", EnumSet.of(Who.PARTICIPANT)),
        RETRACT_PROPOSAL_VOTE("DELETE /api/workshops/{workshopId}/votes/proposals/{proposalId}",
                EnumSet.of(Who.PARTICIPANT)),
        READ_HISTORY("GET /api/workshops/{workshopId}/history",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        READ_INTEGRITY("GET /api/workshops/{workshopId}/integrity",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        VERIFY_EXPORT("POST /api/integrity/verify",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.PARTICIPANT, Who.EVALUATOR, Who.DISPLAY)),
        EXPORT_EVENTS("GET /api/workshops/{workshopId}/events.ndjson",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_IDEAS("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_CLUSTERS("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_VOTES("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_PROPOSALS("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_PARTNERSHIPS("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        EXPORT_ACTIONS("GET /api/workshops/{workshopId}/export/{name}.{format}",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        TRACE_PARTNERSHIP("GET /api/partnerships/{partnershipId}/trace",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        READ_NETWORK("GET /api/network", EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        READ_WORKSHOP_NETWORK("GET /api/network", EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        READ_INDICATORS("GET /api/indicators", EnumSet.of(Who.ORGANISER, Who.FACILITATOR, Who.EVALUATOR)),
        START_REBUILD("POST /api/admin/rebuild", EnumSet.of(Who.ORGANISER)),
        FOLLOW_REBUILD("GET /api/admin/rebuild", EnumSet.of(Who.ORGANISER)),
        LIST_DEAD_LETTERS("GET /api/admin/dead-letters", EnumSet.of(Who.ORGANISER)),
        RETRY_DEAD_LETTERS("POST /api/admin/dead-letters/{processingGroup}/{sequence}/retry", EnumSet.of(Who.ORGANISER)),
        APPROVE_IDEA("POST /api/workshops/{workshopId}/ideas/{ideaId}/approve",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR)),
        REJECT_IDEA("POST /api/workshops/{workshopId}/ideas/{ideaId}/reject",
                EnumSet.of(Who.ORGANISER, Who.FACILITATOR));

        /** The request mapping the call goes to, as {@code METHOD /path/{variable}}. */
        private final String mapping;
        private final Set<Who> allowed;

        Call(String mapping, Set<Who> allowed) {
            this.mapping = mapping;
            this.allowed = allowed;
        }
    }

    /**
     * Calls that the room's state at that row may refuse (nothing left to reveal once revealed;
     * objections only in UTOPIA; one rebuild at a time): for them an allowed caller gets past the
     * role check, 2xx or 409.
     */
    private static final Set<Call> STATE_DEPENDENT = EnumSet.of(Call.REVEAL, Call.PARK_OBJECTION, Call.START_REBUILD,
            // The room votes with dots here: points and scores are refused with NotVoting.
            Call.ALLOCATE_POINTS, Call.RATE_CRITERION);

    private Workshop workshop;
    private Participant author;
    private Participant partner;
    private Participant outsider;
    private String display;

    @BeforeAll
    void aWorkshopInCritiqueWithAParticipantAndAnotherWorkshop() {
        api = new ApiClient(port());
        workshop = scheduleWorkshopOnThreeDates();
        author = joinNewOrganisation(workshop, "Ana");
        partner = joinNewOrganisation(workshop, "Bea");
        Workshop other = scheduleWorkshop();
        outsider = joinNewOrganisation(other, "Olga");
        advanceTo(workshop, "CRITIQUE");
        display = api.post("/api/workshops/" + workshop.id() + "/displays", workshop.facilitatorToken(), Map.of())
                .text("token");
    }

    Stream<Arguments> everyCallForEveryCaller() {
        return Arrays.stream(Call.values())
                .flatMap(call -> Arrays.stream(Who.values()).map(who -> Arguments.of(call, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyCallForEveryCaller")
    void onlyTheRolesOfThePublicApiMayMakeACall(Call call, Who who) {
        Response response = make(call, tokenOf(who));

        if (call.allowed.contains(who) && call == Call.RETRY_DEAD_LETTERS) {
            assertThat(response.status()).as("nothing waits: " + response.body()).isEqualTo(404);
        } else if (call.allowed.contains(who) && STATE_DEPENDENT.contains(call)) {
            assertThat(response.status()).as(call + " by " + who + ": " + response.body()).isIn(200, 201, 202, 204, 409);
        } else if (call.allowed.contains(who)) {
            assertThat(response.status()).as(call + " by " + who + ": " + response.body()).isBetween(200, 299);
        } else if (who == Who.NOBODY) {
            assertThat(response.status()).as(call + " by " + who).isEqualTo(401);
        } else {
            assertThat(response.status()).as(call + " by " + who + ": " + response.body()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /** Mappings that are not calls of the API: the pages' texts, the API document, errors. */
    private static final Set<String> NOT_API_CALLS = Set.of("GET /i18n/messages");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyRequestMappingHasARowInTheMatrix() {
        Set<String> rows = Arrays.stream(Call.values()).map(call -> call.mapping).collect(Collectors.toSet());

        List<String> withoutRow = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().flatMap(pattern -> methodsOf(info).stream()
                        .map(method -> method + " " + pattern)))
                .filter(mapping -> !mapping.contains(" /v3/") && !mapping.contains(" /swagger") && !mapping.contains(" /error"))
                .filter(mapping -> !rows.contains(mapping) && !NOT_API_CALLS.contains(mapping))
                .sorted()
                .toList();

        assertThat(withoutRow).as("request mappings without a row in the role matrix").isEmpty();
    }

    private static List<String> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("ANY") : methods.stream().map(RequestMethod::name).toList();
    }

    private Response make(Call call, String token) {
        String workshopPath = "/api/workshops/" + workshop.id();
        return switch (call) {
            case REGISTER_ORGANISATION -> api.post("/api/organisations", token,
                    Map.of("name", unique("Matrix"), "commune", "Firminy", "ess", true));
            case UPDATE_ORGANISATION -> api.patch("/api/organisations/" + author.organisationId(), token,
                    Map.of("commune", "Firminy"));
            case LIST_ORGANISATIONS -> api.get("/api/organisations", token);
            case CREATE_WORKSHOP -> api.post("/api/workshops", token, Map.of("title", "Matrix", "theme", "digital"));
            case JOIN -> api.post("/api/join", token, Map.of("joinCode", workshop.joinCode(),
                    "displayName", unique("Joiner"), "organisationId", author.organisationId()));
            case REJOIN -> api.post("/api/rejoin", token, Map.of("rejoinCode", api.post("/api/join", null,
                    Map.of("joinCode", workshop.joinCode(), "displayName", unique("Returning"),
                            "organisationId", author.organisationId())).text("rejoinCode")));
            case ISSUE_DISPLAY_TOKEN -> api.post(workshopPath + "/displays", token, Map.of());
            case ADD_FACILITATOR -> api.post(workshopPath + "/facilitators", token, Map.of("name", "Matrix"));
            case REMOVE_FACILITATOR -> api.delete(workshopPath + "/facilitators/" + api.post(workshopPath
                    + "/facilitators", ORGANISER, Map.of("name", "Leaving")).text("facilitatorId"), token);
            case SHOW_REJOIN_QR_CODE -> api.postAny("/api/rejoin/qr.svg", token, Map.of("rejoinCode", api.post("/api/join",
                    null, Map.of("joinCode", workshop.joinCode(), "displayName", unique("Photographing"),
                            "organisationId", author.organisationId())).text("rejoinCode")));
            case LIST_FACILITATORS -> api.get(workshopPath + "/facilitators", token);
            case READ_ATTENDANCE -> api.get(workshopPath + "/attendance", token);
            case MARK_ATTENDANCE -> api.send("PUT", workshopPath + "/sessions/1/attendance/" + partner.id(), token, null);
            case REPLACE_REJOIN_CODE -> api.post(workshopPath + "/participants/" + partner.id() + "/rejoin-code", token,
                    Map.of());
            case LOOK_UP_JOIN_CODE -> api.get("/api/join/" + workshop.joinCode(), token);
            case SHOW_JOIN_QR_CODE -> api.getAny("/join/" + workshop.joinCode() + "/qr.svg", token);
            case REMOVE_PARTICIPANT -> api.delete(workshopPath + "/participants/"
                    + join(workshop, author.organisationId(), unique("Leaving")).id(), token);
            case READ_WORKSHOP -> api.get(workshopPath, token);
            case READ_BOARD -> api.get(workshopPath + "/board", token);
            case READ_PAST_BOARD -> api.get(workshopPath + "/board?at=1", token);
            case ADVANCE -> api.post(workshopPath + "/advance", token,
                    Map.of("expectedPhase", api.get(workshopPath, ORGANISER).text("phase")));
            case ADVANCE_STEP -> api.post(workshopPath + "/advance-step", token,
                    Map.of("expectedStep", api.get(workshopPath, ORGANISER).text("step")));
            case POST_IDEA -> api.post(workshopPath + "/ideas", token,
                    Map.of("ideaId", UUID.randomUUID().toString(), "text", "Matrix"));
            case EDIT_IDEA -> api.patch(workshopPath + "/ideas/" + freshIdea(), token, Map.of("text", "Edited"));
            case REMOVE_IDEA -> api.delete(workshopPath + "/ideas/" + freshIdea(), token);
            case CREATE_CLUSTER -> api.post(workshopPath + "/clusters", token,
                    Map.of("title", "Matrix", "ideaIds", List.of(freshIdea())));
            case CAST_VOTE -> api.post(workshopPath + "/votes", token, Map.of("ideaId", ideaToVoteOn()));
            case RETRACT_VOTE -> api.delete(workshopPath + "/votes/" + ideaToVoteOn(), token);
            case CAST_CLUSTER_VOTE -> api.post(workshopPath + "/votes", token, Map.of("clusterId", clusterToVoteOn()));
            case RETRACT_CLUSTER_VOTE -> api.delete(workshopPath + "/votes/clusters/" + clusterToVoteOn(), token);
            case RENAME_CLUSTER -> api.patch(workshopPath + "/clusters/" + freshCluster(), token,
                    Map.of("title", "Renamed"));
            case MERGE_CLUSTERS -> api.post(workshopPath + "/clusters/" + freshCluster() + "/merge", token,
                    Map.of("into", freshCluster()));
            case DISSOLVE_CLUSTER -> api.delete(workshopPath + "/clusters/" + freshCluster(), token);
            case CONFIGURE_PHASE -> api.send("PUT", workshopPath + "/phases/" + api.get(workshopPath, ORGANISER)
                    .text("phase") + "/settings", token, Map.of("privateWriting", false, "anonymous", false,
                    "hiddenTallies", false));
            case REVEAL -> {
                organiserRuns("/phases/" + api.get(workshopPath, ORGANISER).text("phase") + "/settings",
                        Map.of("privateWriting", true, "anonymous", false, "hiddenTallies", false));
                yield api.post(workshopPath + "/reveal", token, Map.of());
            }
            case PARK_OBJECTION -> api.post(workshopPath + "/objections", token, Map.of("text", "It won't work"));
            case STEP_BACK -> api.post(workshopPath + "/step-back", token,
                    Map.of("expectedStep", api.get(workshopPath, ORGANISER).text("step")));
            case PHASE_BACK -> api.post(workshopPath + "/phase-back", token,
                    Map.of("expectedPhase", api.get(workshopPath, ORGANISER).text("phase")));
            case START_TIMER -> api.post(workshopPath + "/timer/start", token, Map.of("seconds", 60));
            case PAUSE_TIMER -> {
                organiserRuns("/timer/start", Map.of("seconds", 60));
                yield api.post(workshopPath + "/timer/pause", token, Map.of());
            }
            case RESUME_TIMER -> {
                organiserRuns("/timer/start", Map.of("seconds", 60));
                organiserRuns("/timer/pause", Map.of());
                yield api.post(workshopPath + "/timer/resume", token, Map.of());
            }
            case EXTEND_TIMER -> {
                organiserRuns("/timer/start", Map.of("seconds", 60));
                yield api.post(workshopPath + "/timer/extend", token, Map.of("seconds", 30));
            }
            case STOP_TIMER -> api.post(workshopPath + "/timer/stop", token, Map.of());
            case SAY_READY -> api.post(workshopPath + "/ready", token, Map.of());
            case START_REBUILD -> api.post("/api/admin/rebuild", token, Map.of());
            case FOLLOW_REBUILD -> api.get("/api/admin/rebuild", token);
            case LIST_DEAD_LETTERS -> api.get("/api/admin/dead-letters", token);
            case RETRY_DEAD_LETTERS -> api.post("/api/admin/dead-letters/board/" + workshop.id() + "/retry", token, Map.of());
            case APPROVE_IDEA -> api.post(workshopPath + "/ideas/" + waitingIdea() + "/approve", token, Map.of());
            case REJECT_IDEA -> api.post(workshopPath + "/ideas/" + waitingIdea() + "/reject", token,
                    Map.of("reason", "Off topic"));
            case MOVE_IDEA -> api.send("PUT", workshopPath + "/ideas/" + freshIdea() + "/cluster", token,
                    "{\"clusterId\":null}");
            case SUGGEST_CLUSTERS -> api.get(workshopPath + "/suggestions", token);
            case SUGGEST_CLUSTERS_FOR_A_PHASE -> api.get(workshopPath + "/suggestions?phase=CRITIQUE", token);
            case PROPOSE -> {
                inRealization();
                yield api.post(workshopPath + "/proposals", token, Map.of("title", "Matrix"));
            }
            case READ_PROPOSAL -> api.get("/api/proposals/" + freshProposal(), token);
            case AMEND_PROPOSAL -> api.patch("/api/proposals/" + freshProposal(), token, Map.of("title", "Amended"));
            case WITHDRAW_PROPOSAL -> api.delete("/api/proposals/" + freshProposal(), token);
            case COMMIT -> api.post("/api/proposals/" + freshProposal() + "/commitments", token, Map.of());
            case WITHDRAW_COMMITMENT -> api.delete("/api/proposals/" + committedProposal() + "/commitments", token);
            case RANK_PROPOSALS -> api.send("PUT", workshopPath + "/proposals/order", token,
                    Map.of("proposalIds", List.of(freshProposal())));
            case AGREE_ACTION -> api.post("/api/proposals/" + committedProposal() + "/actions", token,
                    Map.of("organisationId", author.organisationId(), "what", "Matrix"));
            case UPDATE_ACTION -> {
                String proposalId = committedProposal();
                Response agreed = api.post("/api/proposals/" + proposalId + "/actions", author.token(),
                        Map.of("what", "Matrix"));
                assertThat(agreed.status()).as(agreed.body().toString()).isEqualTo(201);
                yield api.patch("/api/proposals/" + proposalId + "/actions/" + agreed.text("actionId"), token,
                        Map.of("status", "DONE"));
            }
            case LIST_ACTIONS -> api.get(workshopPath + "/actions", token);
            case LIST_PARTNERSHIPS -> api.get("/api/partnerships?workshopId=" + workshop.id(), token);
            case ALLOCATE_POINTS -> api.send("PUT", workshopPath + "/points", token,
                    Map.of("allocations", List.of(Map.of("ideaId", ideaToVoteOn(), "points", 10))));
            case RATE_CRITERION -> api.send("PUT", workshopPath + "/ratings", token,
                    Map.of("ideaId", ideaToVoteOn(), "criterionId", "c1", "score", 3));
            case CAST_PROPOSAL_VOTE -> api.post(workshopPath + "/votes", token, Map.of("proposalId", proposalToVoteOn()));
            case RETRACT_PROPOSAL_VOTE -> api.delete(workshopPath + "/votes/proposals/" + proposalToVoteOn(), token);
            case READ_HISTORY -> api.get(workshopPath + "/history?limit=5", token);
            case READ_INTEGRITY -> api.get(workshopPath + "/integrity", token);
            case VERIFY_EXPORT -> api.postRaw("/api/integrity/verify", token,
                    new String(api.download(workshopPath + "/events.ndjson", ORGANISER).body(), StandardCharsets.UTF_8));
            case EXPORT_EVENTS -> api.getAny(workshopPath + "/events.ndjson", token);
            case EXPORT_IDEAS -> api.getAny(workshopPath + "/export/ideas.csv", token);
            case EXPORT_CLUSTERS -> api.getAny(workshopPath + "/export/clusters.json", token);
            case EXPORT_VOTES -> api.getAny(workshopPath + "/export/votes.csv", token);
            case EXPORT_PROPOSALS -> api.getAny(workshopPath + "/export/proposals.json", token);
            case EXPORT_PARTNERSHIPS -> api.getAny(workshopPath + "/export/partnerships.csv", token);
            case EXPORT_ACTIONS -> api.getAny(workshopPath + "/export/actions.json", token);
            case TRACE_PARTNERSHIP -> api.get("/api/partnerships/" + freshPartnership() + "/trace", token);
            case READ_NETWORK -> api.get("/api/network", token);
            case READ_WORKSHOP_NETWORK -> api.get("/api/network?workshopId=" + workshop.id(), token);
            case READ_INDICATORS -> api.get("/api/indicators?workshopId=" + workshop.id(), token);
        };
    }

    /** Proposals live in REALIZATION; the rows before may have taken the room elsewhere. */
    private void inRealization() {
        String phase = api.get("/api/workshops/" + workshop.id(), ORGANISER).text("phase");
        assertThat(phase).isNotEqualTo("CLOSED");
        advanceTo(workshop, "REALIZATION");
    }

    /** A proposal of the participant, in REALIZATION. */
    private String freshProposal() {
        inRealization();
        Response proposed = api.post("/api/workshops/" + workshop.id() + "/proposals", author.token(),
                Map.of("title", "Matrix"));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        return proposed.text("proposalId");
    }

    /** A proposal of REALIZATION, the room at the VOTE step. */
    private String proposalToVoteOn() {
        String proposalId = freshProposal();
        String workshopPath = "/api/workshops/" + workshop.id();
        for (String step = api.get(workshopPath, ORGANISER).text("step"); !step.equals("VOTE");
             step = api.get(workshopPath, ORGANISER).text("step")) {
            Response advanced = api.post(workshopPath + (step.equals("DISCUSS") ? "/step-back" : "/advance-step"),
                    ORGANISER, Map.of("expectedStep", step));
            assertThat(advanced.status()).as(advanced.body().toString()).isEqualTo(200);
        }
        return proposalId;
    }

    /** A proposal the participant's organisation committed to. */
    private String committedProposal() {
        String proposalId = freshProposal();
        Response committed = api.post("/api/proposals/" + proposalId + "/commitments", author.token(), Map.of());
        assertThat(committed.status()).as(committed.body().toString()).isEqualTo(201);
        return proposalId;
    }

    /** A partnership of the participant's organisation and another, on a fresh proposal. */
    private String freshPartnership() {
        Response formed = api.post("/api/proposals/" + committedProposal() + "/commitments", partner.token(),
                Map.of());
        assertThat(formed.status()).as(formed.body().toString()).isEqualTo(201);
        return formed.text("partnershipId");
    }

    /** An idea of the phase now open, at the VOTE step (the ADVANCE_STEP rows took the room there). */
    private String ideaToVoteOn() {
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).text("step")).isEqualTo("VOTE");
        return freshIdea();
    }

    /** A cluster of the phase now open, at the VOTE step. */
    private String clusterToVoteOn() {
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).text("step")).isEqualTo("VOTE");
        return freshCluster();
    }

    private String freshCluster() {
        Response created = api.post("/api/workshops/" + workshop.id() + "/clusters", ORGANISER,
                Map.of("title", "Matrix", "ideaIds", List.of()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("clusterId");
    }

    /** A change the organiser makes first, so that the call under test has something to act on. */
    private void organiserRuns(String call, Map<String, Object> body) {
        String method = call.endsWith("/settings") ? "PUT" : "POST";
        Response response = api.send(method, "/api/workshops/" + workshop.id() + call, ORGANISER, body);
        assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(200);
    }

    /** An idea held for approval: the phase now open is moderated only while it is posted. */
    private String waitingIdea() {
        String settings = "/phases/" + api.get("/api/workshops/" + workshop.id(), ORGANISER).text("phase") + "/settings";
        organiserRuns(settings, Map.of("privateWriting", false, "anonymous", false, "hiddenTallies", false,
                "moderated", true));
        String ideaId = freshIdea();
        organiserRuns(settings, Map.of("privateWriting", false, "anonymous", false, "hiddenTallies", false,
                "moderated", false));
        return ideaId;
    }

    private String freshIdea() {
        String ideaId = UUID.randomUUID().toString();
        assertThat(postIdea(workshop, author, ideaId, "Idea " + ideaId).status()).isEqualTo(201);
        return ideaId;
    }

    private String tokenOf(Who who) {
        return switch (who) {
            case ORGANISER -> ORGANISER;
            case FACILITATOR -> workshop.facilitatorToken();
            case PARTICIPANT -> author.token();
            case EVALUATOR -> workshop.evaluatorToken();
            case DISPLAY -> display;
            case OTHER_WORKSHOPS_PARTICIPANT -> outsider.token();
            case NOBODY -> null;
        };
    }
}
