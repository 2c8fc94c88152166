package org.atelier.query.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One workshop's board and summary as the read model holds it. {@code version} is the position
 * of the last change applied; the projection only ever applies the next one.
 */
@Document("boards")
public class BoardDocument {

    @Id
    private String workshopId;
    private String title;
    private String theme;
    private String programme;
    private List<SessionEntry> sessions = new ArrayList<>();
    private int votesPerParticipant;
    private int maxVotesPerIdea;
    private String phase;
    private String step;
    private List<ParticipantEntry> participants = new ArrayList<>();
    private List<IdeaEntry> ideas = new ArrayList<>();
    private List<ClusterEntry> clusters = new ArrayList<>();
    private TimerEntry timer;
    private List<String> ready = new ArrayList<>();
    private List<PhaseSettingEntry> settings = new ArrayList<>();
    private List<ObjectionEntry> objections = new ArrayList<>();
    private Map<String, Map<String, Integer>> dots = new HashMap<>();
    private List<ProposalEntry> proposals = new ArrayList<>();
    private ScoringEntry scoring = new ScoringEntry();
    private List<String> moderatedPhases = new ArrayList<>();
    private Map<String, IdeaModeration.HeldEntry> held = new HashMap<>();
    /** Where each idea is in {@link #ideas}: in memory only, rebuilt whenever it turns out wrong. */
    @Transient
    private IdeaPositions ideaPositions = new IdeaPositions();
    private long version;
    private Instant updatedAt;

    public record SessionEntry(String phase, Instant start, Instant end) {
    }

    public record ParticipantEntry(String participantId, String displayName, String organisationId, Instant joinedAt) {
    }

    /** The current step's countdown: running until {@code endsAt}, or paused with time left. */
    public record TimerEntry(String state, long seconds, Instant endsAt, long remainingSeconds) {
    }

    /** A phase's private writing (until revealed), anonymity and tallies hidden during its VOTE step. */
    public record PhaseSettingEntry(String phase, boolean privateWriting, boolean anonymous, boolean hiddenTallies,
                                    boolean revealed) {

        boolean awaitsReveal() {
            return privateWriting && !revealed;
        }
    }

    /** An objection parked during UTOPIA. */
    public record ObjectionEntry(String objectionId, String text, String participantId, String organisationId,
                                 Instant parkedAt) {
    }

    public record ClusterEntry(String clusterId, String title, String phase, int votes) {

        ClusterEntry withTitle(String newTitle) {
            return new ClusterEntry(clusterId, newTitle, phase, votes);
        }

        ClusterEntry withVotes(int newVotes) {
            return new ClusterEntry(clusterId, title, phase, newVotes);
        }
    }

    /**
     * Where a voter's dots lie: the key of {@code dots.<participantId>} for one phase and target.
     * Dots on what has left the board stay recorded but count for nothing (the view skips them).
     */
    static String ideaDot(String phase, String ideaId) {
        return phase + ":idea:" + ideaId;
    }

    /** The key of a voter's dots on a cluster, as {@link #ideaDot} for an idea. */
    static String clusterDot(String phase, String clusterId) {
        return phase + ":cluster:" + clusterId;
    }

    /** The key of a voter's dots on a project proposal, as {@link #ideaDot} for an idea. */
    static String proposalDot(String phase, String proposalId) {
        return phase + ":proposal:" + proposalId;
    }

    public record IdeaEntry(String ideaId, String text, String participantId, String organisationId, String phase,
                            String clusterId, int votes, List<String> inspiredBy, Instant postedAt, Instant editedAt) {

        IdeaEntry withText(String newText, Instant at) {
            return new IdeaEntry(ideaId, newText, participantId, organisationId, phase, clusterId, votes, inspiredBy,
                    postedAt, at);
        }

        IdeaEntry inCluster(String newClusterId) {
            return new IdeaEntry(ideaId, text, participantId, organisationId, phase, newClusterId, votes, inspiredBy,
                    postedAt, editedAt);
        }

        IdeaEntry withVotes(int newVotes) {
            return new IdeaEntry(ideaId, text, participantId, organisationId, phase, clusterId, newVotes, inspiredBy,
                    postedAt, editedAt);
        }
    }

    public String getWorkshopId() {
        return workshopId;
    }

    public void setWorkshopId(String workshopId) {
        this.workshopId = workshopId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<SessionEntry> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionEntry> sessions) {
        this.sessions = sessions;
    }

    public int getVotesPerParticipant() {
        return votesPerParticipant;
    }

    public void setVotesPerParticipant(int votesPerParticipant) {
        this.votesPerParticipant = votesPerParticipant;
    }

    public int getMaxVotesPerIdea() {
        return maxVotesPerIdea;
    }

    public void setMaxVotesPerIdea(int maxVotesPerIdea) {
        this.maxVotesPerIdea = maxVotesPerIdea;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public List<ParticipantEntry> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantEntry> participants) {
        this.participants = participants;
    }

    public List<IdeaEntry> getIdeas() {
        return ideas;
    }

    public void setIdeas(List<IdeaEntry> ideas) {
        this.ideas = ideas;
        this.ideaPositions = new IdeaPositions();
    }

    /** The position of the idea in {@link #getIdeas()}, -1 when the board has no such idea. */
    int positionOfIdea(String ideaId) {
        return ideaPositions.of(ideas, ideaId);
    }

    public List<ClusterEntry> getClusters() {
        return clusters;
    }

    public void setClusters(List<ClusterEntry> clusters) {
        this.clusters = clusters;
    }

    public TimerEntry getTimer() {
        return timer;
    }

    public void setTimer(TimerEntry timer) {
        this.timer = timer;
    }

    public List<String> getReady() {
        return ready;
    }

    public void setReady(List<String> ready) {
        this.ready = ready;
    }

    public List<ObjectionEntry> getObjections() {
        return objections;
    }

    public void setObjections(List<ObjectionEntry> objections) {
        this.objections = objections;
    }

    /** Each participant's dots: participant id → a dot key → how many. */
    public Map<String, Map<String, Integer>> getDots() {
        return dots;
    }

    public void setDots(Map<String, Map<String, Integer>> dots) {
        this.dots = dots;
    }

    public List<ProposalEntry> getProposals() {
        return proposals;
    }

    public void setProposals(List<ProposalEntry> proposals) {
        this.proposals = proposals;
    }

    public List<String> getModeratedPhases() {
        return moderatedPhases;
    }

    public void setModeratedPhases(List<String> moderatedPhases) {
        this.moderatedPhases = moderatedPhases;
    }

    /** Ideas held for moderation or refused, by id; every other idea is approved. */
    public Map<String, IdeaModeration.HeldEntry> getHeld() {
        return held;
    }

    public void setHeld(Map<String, IdeaModeration.HeldEntry> held) {
        this.held = held;
    }

    public List<PhaseSettingEntry> getSettings() {
        return settings;
    }

    public void setSettings(List<PhaseSettingEntry> settings) {
        this.settings = settings;
    }

    /** The settings of a phase, none chosen meaning open writing under names. */
    PhaseSettingEntry settingsOf(String phase) {
        return settings.stream().filter(entry -> entry.phase().equals(phase)).findFirst()
                .orElse(new PhaseSettingEntry(phase, false, false, false, false));
    }

    /** Voting modes beside dots, with each voter's points and scores. */
    public ScoringEntry getScoring() {
        return scoring;
    }

    public void setScoring(ScoringEntry scoring) {
        this.scoring = scoring == null ? new ScoringEntry() : scoring;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
