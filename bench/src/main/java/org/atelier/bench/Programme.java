package org.atelier.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ActionStatus;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A programme of workshops as the method runs them, written as the events the aggregates would
 * have recorded: organisations registered, then workshops of 12 to 40 participants going through
 * critique, utopia and realization (ideas with their edits, withdrawals, inspirations and
 * moderation, clusters built, renamed and merged, dot votes with second thoughts, ready signals,
 * timers, objections), projects proposed in realization from the ideas and clusters, organisations
 * committing to them so that partnerships form, grow and now and then shrink, dots on the projects,
 * their final order and the follow-up actions agreed; several workshops running at the same time so that their streams
 * interleave in the store as they would. Seeded, so two runs write the same programme.
 */
final class Programme {

    static final String WORKSHOP = "Workshop";
    static final String ORGANISATION = "Organisation";
    private static final int ORGANISATIONS = 400;
    private static final int AT_THE_SAME_TIME = 6;
    private static final Phase[] OPEN_PHASES = {Phase.CRITIQUE, Phase.UTOPIA, Phase.REALIZATION};
    private static final String[] THEMES = {"Numérique", "Design et insertion", "Coopération internationale et culture",
            "Jeunes seniors et offres de services"};
    private static final String[] NAMES = {"Ana", "Benoît", "Chloé", "Dmitri", "Élise", "Farid", "Gaëlle", "Hugo",
            "Inès", "Jules", "Karima", "Louis", "Maëlys", "Nadir", "Océane", "Pierre", "Quentin", "Rania", "Sylvie",
            "Théo", "Ursula", "Victor", "Wassila", "Yanis", "Zoé"};
    private static final String[] COMMUNES = {"Saint-Étienne", "Firminy", "Rive-de-Gier", "Saint-Chamond",
            "Unieux", "La Talaudière", "Roche-la-Molière", "Villars", "Andrézieux-Bouthéon", "Lyon", "Montbrison"};
    private static final String[] SUBJECTS = {"les associations du quartier", "les structures d'insertion",
            "nos bénévoles", "les jeunes seniors", "les collectivités", "les entreprises du territoire",
            "les tiers-lieux", "les habitants", "les acteurs culturels", "les financeurs", "les coopératives"};
    private static final String[] CRITIQUES = {"ne se connaissent pas assez", "travaillent chacun dans leur coin",
            "manquent de locaux partagés", "ont du mal à trouver des financements pluriannuels",
            "répondent aux mêmes appels à projets sans se parler", "ne partagent pas leurs outils numériques",
            "peinent à recruter et à garder leurs salariés", "sont mal connus des habitants"};
    private static final String[] DREAMS = {"partagent une plateforme commune de mutualisation",
            "ouvrent ensemble un lieu ressource au centre-ville", "montent des réponses communes aux appels à projets",
            "échangent leurs compétences une fois par mois", "créent une monnaie locale de la coopération",
            "accueillent des stagiaires en commun", "co-construisent un festival de l'économie sociale"};
    private static final String[] ACTIONS = {"organiser un premier petit-déjeuner d'échange en mars",
            "recenser les locaux disponibles avant l'été", "désigner un référent par structure",
            "rédiger une charte de coopération", "déposer un dossier commun auprès de la Métropole",
            "tester un outil de partage d'agenda pendant trois mois"};
    private static final String[] CLUSTER_TITLES = {"Se connaître", "Mutualiser", "Financer", "Communiquer",
            "Former", "Lieux", "Outils numériques", "Emploi", "Habitants", "Gouvernance", "Culture", "Mobilité"};

    private final Random random;
    private final List<OrganisationId> organisations = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-05T08:30:00Z");

    Programme(long seed) {
        this.random = new Random(seed);
    }

    /** Writes about {@code events} events in the order the store would hold them, then stops at a workshop's end. */
    void generate(long events, Consumer<DomainEventMessage<?>> store) {
        long[] written = {0};
        Consumer<DomainEventMessage<?>> counting = event -> {
            written[0]++;
            store.accept(event);
        };
        for (int i = 0; i < ORGANISATIONS; i++) {
            registerOrganisation(i, counting);
        }
        List<Deque<DomainEventMessage<?>>> running = new ArrayList<>();
        int scheduled = 0;
        while (written[0] < events || !running.isEmpty()) {
            while (running.size() < AT_THE_SAME_TIME && written[0] + pending(running) < events) {
                running.add(new ArrayDeque<>(workshop(scheduled++)));
            }
            if (running.isEmpty()) {
                break;
            }
            // Workshops running at the same time interleave in the store, a few events at a time.
            Deque<DomainEventMessage<?>> next = running.get(random.nextInt(running.size()));
            for (int burst = 1 + random.nextInt(4); burst > 0 && !next.isEmpty(); burst--) {
                counting.accept(next.poll());
            }
            running.removeIf(Deque::isEmpty);
        }
    }

    private static long pending(List<Deque<DomainEventMessage<?>>> running) {
        return running.stream().mapToLong(Deque::size).sum();
    }

    private void registerOrganisation(int index, Consumer<DomainEventMessage<?>> store) {
        OrganisationId id = new OrganisationId(uuid());
        organisations.add(id);
        String commune = pick(COMMUNES);
        boolean ess = random.nextInt(10) < 8;
        String name = pick(new String[] {"Association", "Coopérative", "Régie de quartier", "SCIC", "Atelier",
                "Collectif", "Entreprise d'insertion"}) + " " + pick(NAMES) + " " + commune + " " + index;
        store.accept(new GenericDomainEventMessage<>(ORGANISATION, id.value(), 0,
                new OrganisationRegistered(id, name, commune, ess, ess && !commune.equals("Lyon")
                        && !commune.equals("Montbrison"), tick(20)), meta("organiser"), uuid(), clock));
    }

    /** One workshop's whole stream, from its scheduling to its closing. */
    private List<DomainEventMessage<?>> workshop(int index) {
        Stream stream = new Stream(new WorkshopId(uuid()));
        WorkshopId id = stream.workshopId;
        Instant day = clock;
        List<Session> sessions = List.of(new Session(Phase.CRITIQUE, day, day.plus(Duration.ofHours(3))),
                new Session(Phase.UTOPIA, day.plus(Duration.ofDays(7)), day.plus(Duration.ofDays(7).plusHours(3))),
                new Session(Phase.REALIZATION, day.plus(Duration.ofDays(14)),
                        day.plus(Duration.ofDays(14).plusHours(3))));
        int votes = 5;
        stream.add("organiser", new WorkshopScheduled(id, "Atelier " + (index + 1) + " : " + pick(THEMES),
                pick(THEMES), "PROCESS 2026", sessions, votes, random.nextInt(4) == 0 ? 3 : 0,
                Integer.toString(100000 + index, 36).toUpperCase(), tick(5)));
        int size = 12 + random.nextInt(29);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Person person = new Person(new ParticipantId(uuid()), organisations.get(random.nextInt(organisations.size())),
                    pick(NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".");
            people.add(person);
            stream.add("participant:" + person.id.value(), new ParticipantJoined(id, person.id, person.name,
                    person.organisation, tick(15)));
        }
        Phase from = Phase.PREPARATION;
        for (Phase phase : OPEN_PHASES) {
            if (phase == Phase.UTOPIA && random.nextBoolean()) {
                stream.add("facilitator", new PhaseConfigured(id, phase, true, random.nextInt(3) == 0, false, tick(5)));
            }
            stream.add("facilitator", new PhaseAdvanced(id, from, phase, Step.COLLECT, tick(30)));
            phase(stream, phase, people, votes);
            from = phase;
        }
        stream.add("facilitator", new PhaseAdvanced(id, Phase.REALIZATION, Phase.CLOSED, null, tick(60)));
        stream.add("facilitator", new WorkshopClosed(id, tick(1)));
        return stream.events;
    }

    private void phase(Stream stream, Phase phase, List<Person> people, int votes) {
        WorkshopId id = stream.workshopId;
        stream.add("facilitator", new TimerStarted(id, phase, Step.COLLECT, 900, tick(5).plusSeconds(900), clock));
        List<Idea> ideas = new ArrayList<>();
        int posts = people.size() * (2 + random.nextInt(4));
        for (int i = 0; i < posts; i++) {
            Person author = people.get(random.nextInt(people.size()));
            List<IdeaId> inspiredBy = ideas.isEmpty() || random.nextInt(5) != 0 ? List.of()
                    : List.of(ideas.get(random.nextInt(ideas.size())).id);
            Idea idea = new Idea(new IdeaId(uuid()), author);
            ideas.add(idea);
            stream.add(author.actor(), new IdeaPosted(id, idea.id, author.id, author.organisation, phase,
                    text(phase), inspiredBy, tick(8)));
            stream.ideas.add(idea.id);
            if (random.nextInt(12) == 0) {
                stream.add(author.actor(), new IdeaEdited(id, idea.id, text(phase), tick(20)));
            }
            if (i == posts / 2 && random.nextBoolean()) {
                stream.add("facilitator", new TimerExtended(id, 300, clock.plusSeconds(600), 300, tick(2)));
            }
            if (phase == Phase.UTOPIA && random.nextInt(40) == 0) {
                stream.add(author.actor(), new ObjectionParked(id, uuid(), author.id, author.organisation,
                        "Mais qui va payer ? " + pick(SUBJECTS) + " " + pick(CRITIQUES) + ".", tick(10)));
            }
        }
        for (int i = 0; i < ideas.size() / 30; i++) {
            Idea gone = ideas.remove(random.nextInt(ideas.size()));
            stream.ideas.remove(gone.id);
            stream.add(gone.author.actor(), new IdeaWithdrawn(id, gone.id, tick(10)));
        }
        if (random.nextInt(3) == 0 && !ideas.isEmpty()) {
            Idea hidden = ideas.remove(random.nextInt(ideas.size()));
            stream.ideas.remove(hidden.id);
            stream.add("facilitator", new IdeaHidden(id, hidden.id, "hors sujet", tick(10)));
        }
        if (phase == Phase.UTOPIA && stream.privateWriting) {
            stream.add("facilitator", new IdeasRevealed(id, phase, tick(10)));
        }
        everyoneReady(stream, people, phase, Step.COLLECT);
        stream.add("facilitator", new TimerStopped(id, tick(10)));
        stream.add("facilitator", new StepAdvanced(id, phase, Step.COLLECT, Step.CLUSTER, tick(30)));

        List<ClusterId> clusters = new ArrayList<>();
        int clusterCount = Math.max(3, ideas.size() / 8);
        for (int c = 0; c < clusterCount; c++) {
            ClusterId cluster = new ClusterId(uuid());
            clusters.add(cluster);
            stream.add("facilitator", new ClusterCreated(id, cluster, phase, CLUSTER_TITLES[c % CLUSTER_TITLES.length]
                    + (c >= CLUSTER_TITLES.length ? " " + (c / CLUSTER_TITLES.length + 1) : ""), tick(20)));
        }
        for (Idea idea : ideas) {
            if (random.nextInt(7) != 0) {
                stream.add("facilitator", new IdeaClustered(id, idea.id, clusters.get(random.nextInt(clusters.size())),
                        tick(4)));
            }
        }
        for (int r = random.nextInt(3); r > 0; r--) {
            stream.add("facilitator", new ClusterRenamed(id, clusters.get(random.nextInt(clusters.size())),
                    pick(CLUSTER_TITLES) + " et " + pick(CLUSTER_TITLES).toLowerCase(), tick(15)));
        }
        if (clusters.size() > 3 && random.nextBoolean()) {
            ClusterId merged = clusters.remove(clusters.size() - 1);
            stream.add("facilitator", new ClustersMerged(id, merged, clusters.get(0), tick(15)));
        }
        List<Project> projects = phase == Phase.REALIZATION ? propose(stream, people, ideas, clusters) : List.of();
        stream.add("facilitator", new StepAdvanced(id, phase, Step.CLUSTER, Step.VOTE, tick(30)));
        stream.add("facilitator", new TimerStarted(id, phase, Step.VOTE, 300, tick(5).plusSeconds(300), clock));
        for (Person voter : people) {
            for (int dot = 0; dot < votes && !ideas.isEmpty(); dot++) {
                if (!projects.isEmpty() && random.nextInt(3) == 0) {
                    stream.add(voter.actor(), new ProposalVoteCast(id, voter.id,
                            projects.get(random.nextInt(projects.size())).id, phase, tick(3)));
                    continue;
                }
                if (random.nextInt(6) == 0) {
                    stream.add(voter.actor(), new ClusterVoteCast(id, voter.id,
                            clusters.get(random.nextInt(clusters.size())), phase, tick(3)));
                    continue;
                }
                Idea chosen = ideas.get(random.nextInt(ideas.size()));
                stream.add(voter.actor(), new VoteCast(id, voter.id, chosen.id, phase, tick(3)));
                if (random.nextInt(10) == 0) {
                    stream.add(voter.actor(), new VoteRetracted(id, voter.id, chosen.id, phase, tick(3)));
                    dot--;
                }
            }
        }
        everyoneReady(stream, people, phase, Step.VOTE);
        stream.add("facilitator", new TimerStopped(id, tick(10)));
        stream.add("facilitator", new StepAdvanced(id, phase, Step.VOTE, Step.DISCUSS, tick(30)));
        if (!projects.isEmpty()) {
            commitAndFollowUp(stream, people, projects);
        }
        tick(1800);
    }

    /** Two to five projects, each from a few ideas or clusters of any phase, led by its proposer's organisation. */
    private List<Project> propose(Stream stream, List<Person> people, List<Idea> ideas, List<ClusterId> clusters) {
        List<Project> projects = new ArrayList<>();
        for (int p = 2 + random.nextInt(4); p > 0; p--) {
            Person proposer = people.get(random.nextInt(people.size()));
            Project project = new Project(new ProposalId(uuid()));
            projects.add(project);
            List<IdeaId> fromIdeas = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0 && !stream.ideas.isEmpty(); i--) {
                IdeaId source = stream.ideas.get(random.nextInt(stream.ideas.size()));
                if (!fromIdeas.contains(source)) {
                    fromIdeas.add(source);
                }
            }
            List<ClusterId> fromClusters = random.nextBoolean() ? List.of(clusters.get(random.nextInt(clusters.size())))
                    : List.of();
            stream.add(proposer.actor(), new ProjectProposed(stream.workshopId, project.id, "Projet : " + pick(DREAMS),
                    text(Phase.UTOPIA) + " " + text(Phase.REALIZATION), fromIdeas, fromClusters, proposer.organisation,
                    new Conditions("Deux jours par mois de " + pick(SUBJECTS), "Trouver un lieu",
                            pick(ACTIONS), "D'ici la fin de l'année"), proposer.id, proposer.organisation,
                    Phase.REALIZATION, tick(60)));
        }
        return projects;
    }

    /**
     * Organisations commit to the projects (the second forms the partnership, later ones extend it,
     * now and then one leaves again), the facilitator sets the final order and the partners agree
     * actions, some already under way.
     */
    private void commitAndFollowUp(Stream stream, List<Person> people, List<Project> projects) {
        WorkshopId id = stream.workshopId;
        for (Project project : projects) {
            for (int c = random.nextInt(6); c > 0; c--) {
                Person committer = people.get(random.nextInt(people.size()));
                if (!project.partners.add(committer.organisation)) {
                    continue;
                }
                stream.add(committer.actor(), new OrganisationCommitted(id, project.id, committer.organisation,
                        committer.id, tick(20)));
                if (project.partners.size() == 2) {
                    project.partnership = new PartnershipId(uuid());
                    stream.add(committer.actor(), new PartnershipFormed(id, project.partnership, project.id,
                            List.copyOf(project.partners), clock));
                } else if (project.partnership != null) {
                    stream.add(committer.actor(), new PartnershipExtended(id, project.partnership, project.id,
                            committer.organisation, List.copyOf(project.partners), clock));
                }
                if (project.partners.size() > 2 && random.nextInt(12) == 0) {
                    project.partners.remove(committer.organisation);
                    stream.add(committer.actor(), new CommitmentWithdrawn(id, project.id, committer.organisation,
                            committer.id, tick(20)));
                    stream.add(committer.actor(), new PartnershipReduced(id, project.partnership, project.id,
                            committer.organisation, List.copyOf(project.partners), clock));
                }
            }
        }
        List<ProposalId> order = new ArrayList<>(projects.stream().map(Project::id).toList());
        Collections.shuffle(order, random);
        stream.add("facilitator", new ProposalsRanked(id, order, tick(60)));
        for (Project project : projects) {
            if (project.partnership == null) {
                continue;
            }
            for (int a = 1 + random.nextInt(3); a > 0; a--) {
                Person agreedBy = people.get(random.nextInt(people.size()));
                ActionId action = new ActionId(uuid());
                String what = pick(ACTIONS);
                LocalDate due = LocalDate.ofInstant(clock, ZoneOffset.UTC).plusDays(30 + random.nextInt(120));
                OrganisationId who = List.copyOf(project.partners).get(random.nextInt(project.partners.size()));
                stream.add(agreedBy.actor(), new ActionAgreed(id, project.id, action, who, what, due,
                        ActionStatus.PLANNED, agreedBy.id, tick(40)));
                if (random.nextInt(3) == 0) {
                    stream.add(agreedBy.actor(), new ActionUpdated(id, project.id, action, ActionStatus.UNDER_WAY,
                            what, due, agreedBy.id, tick(40)));
                }
            }
        }
    }

    private void everyoneReady(Stream stream, List<Person> people, Phase phase, Step step) {
        for (Person person : people) {
            if (random.nextInt(8) != 0) {
                stream.add(person.actor(), new ParticipantReady(stream.workshopId, person.id, phase, step, tick(2)));
            }
        }
    }

    private String text(Phase phase) {
        String subject = pick(SUBJECTS);
        String sentence = switch (phase) {
            case CRITIQUE -> "Aujourd'hui " + subject + " " + pick(CRITIQUES) + ".";
            case UTOPIA -> "Et si " + subject + " " + pick(DREAMS) + " ?";
            default -> "Pour commencer : " + pick(ACTIONS) + ", avec " + subject + ".";
        };
        if (random.nextInt(3) == 0) {
            sentence += " " + "Par exemple " + pick(SUBJECTS) + " " + pick(phase == Phase.CRITIQUE ? CRITIQUES : DREAMS)
                    + ", et c'est ce que nous vivons chaque semaine.";
        }
        return sentence;
    }

    private Instant tick(int maxSeconds) {
        clock = clock.plusMillis(1 + random.nextInt(maxSeconds * 1000));
        return clock;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Map<String, String> meta(String actor) {
        // What the application's correlation providers put on every event: actor and message origin.
        String origin = uuid();
        return Map.of("actor", actor, "correlationId", origin, "traceId", origin);
    }

    private record Person(ParticipantId id, OrganisationId organisation, String name) {
        String actor() {
            return "participant:" + id.value();
        }
    }

    private record Idea(IdeaId id, Person author) {
    }

    /** A proposed project, the organisations committed to it, and its partnership once two are. */
    private static final class Project {
        private final ProposalId id;
        private final LinkedHashSet<OrganisationId> partners = new LinkedHashSet<>();
        private PartnershipId partnership;

        Project(ProposalId id) {
            this.id = id;
        }

        ProposalId id() {
            return id;
        }
    }

    /** One workshop's events, numbered as its aggregate numbers them. */
    private final class Stream {
        private final WorkshopId workshopId;
        private final List<DomainEventMessage<?>> events = new ArrayList<>();
        /** Every idea posted in the workshop, in any phase: what projects may be derived from. */
        private final List<IdeaId> ideas = new ArrayList<>();
        private boolean privateWriting;

        Stream(WorkshopId workshopId) {
            this.workshopId = workshopId;
        }

        void add(String actor, Record event) {
            if (event instanceof PhaseConfigured configured) {
                privateWriting = configured.privateWriting();
            }
            events.add(new GenericDomainEventMessage<>(WORKSHOP, workshopId.value(), events.size(), event,
                    meta(actor), uuid(), clock));
        }
    }
}
