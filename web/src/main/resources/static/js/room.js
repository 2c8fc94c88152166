import { api, path } from './api.js';

export const PHASES = ['PREPARATION', 'CRITIQUE', 'UTOPIA', 'REALIZATION', 'CLOSED'];
export const OPEN_PHASES = ['CRITIQUE', 'UTOPIA', 'REALIZATION'];
export const STEPS = ['COLLECT', 'CLUSTER', 'VOTE', 'DISCUSS'];

const ORGANISATIONS_RETRY_MS = 5000;

export function isOpen(phase) {
  return OPEN_PHASES.includes(phase);
}

export function nextPhase(phase) {
  const index = PHASES.indexOf(phase);
  return index >= 0 && index < PHASES.length - 1 ? PHASES[index + 1] : null;
}

export function nextStep(step) {
  const index = STEPS.indexOf(step);
  return index >= 0 && index < STEPS.length - 1 ? STEPS[index + 1] : null;
}

export function previousStep(step) {
  const index = STEPS.indexOf(step);
  return index > 0 ? STEPS[index - 1] : null;
}

/** The phase a facilitator may go back to: only an open phase has one (CRITIQUE goes back to PREPARATION). */
export function previousPhase(phase) {
  const index = PHASES.indexOf(phase);
  return isOpen(phase) && index > 0 ? PHASES[index - 1] : null;
}

/** The key of a vote target: an idea ({ideaId}), a cluster ({clusterId}) or a proposal ({proposalId}). */
export function voteKey({ ideaId, clusterId, proposalId }) {
  if (proposalId) {
    return `proposal:${proposalId}`;
  }
  return ideaId ? `idea:${ideaId}` : `cluster:${clusterId}`;
}

export const PROPOSAL_OPEN = 'OPEN';
export const PROPOSAL_WITHDRAWN = 'WITHDRAWN';

/**
 * A page's copy of one workshop: loaded from a board read, then changed by live messages.
 * Every change is set, not added up, so a message that the summary already holds applies harmlessly.
 *
 * `apply` is the pages' one fold: a page that makes a change shows it at once by applying the change
 * it caused, as its live message will say it (that message then sets the same again), never by
 * changing the copy itself. Changes after which live.js reads the board (a merge, new rules) are
 * folded too, for the page that made them.
 */
export class Room {
  title = '';
  theme = '';
  phase = 'PREPARATION';
  step = null;
  participants = new Map();
  ideas = new Map();
  /** Clusters in the order they were created; which ideas they hold is each idea's clusterId. */
  clusters = new Map();
  /** null, or {state: RUNNING|PAUSED, seconds, endsAt, remainingSeconds}, times as the server gave them. */
  timer = null;
  /** Who said they are done with the current step. */
  ready = new Set();
  votesPerParticipant = 0;
  /** At most this many of one participant's dots on one idea or cluster; 0: no cap. */
  maxVotesPerIdea = 0;
  /** This participant's dots in the phase now open, by target (see voteKey); empty for the facilitator. */
  myVotes = new Map();
  /** This participant's dots left in the phase now open; null for the facilitator. */
  votesLeft = null;
  /** This participant's points (POINTS phase) by target, and scores by target and criterion (see voteKey). */
  myPoints = new Map();
  myRatings = new Map();
  /** Private writing, anonymity and hidden tallies, for the phases the facilitator set. */
  settings = new Map();
  /** How many ideas this screen may not see yet (written privately by others). */
  privateIdeas = 0;
  /** Objections parked during UTOPIA, as the board shows them (from REALIZATION on). */
  objections = [];
  /** Project proposals in the order they were made, withdrawn ones included (their status says so). */
  proposals = new Map();
  /**
   * The workshop's partnerships as GET /api/partnerships last gave them (with whether they are new
   * or strengthen earlier links), changed by live messages in between.
   */
  partnerships = new Map();
  organisations = new Map();

  load({ board, workshop }) {
    this.title = workshop.title ?? '';
    this.theme = workshop.theme ?? '';
    this.votesPerParticipant = board.votesPerParticipant ?? workshop.votesPerParticipant ?? 0;
    this.maxVotesPerIdea = board.maxVotesPerIdea ?? workshop.maxVotesPerIdea ?? 0;
    this.phase = board.phase;
    this.step = board.step ?? null;
    this.participants = new Map((workshop.participants ?? []).map((p) => [p.participantId, p]));
    this.ideas = new Map(board.ideas.map((idea) => [idea.ideaId, { ...idea, votes: idea.votes ?? 0 }]));
    this.clusters = new Map((board.clusters ?? []).map(({ clusterId, title, phase, votes, points, ratings }) =>
      [clusterId, { clusterId, title, phase, votes: votes ?? 0, points, ratings }]));
    this.timer = board.timer ?? null;
    this.ready = new Set(board.ready ?? []);
    this.myVotes = new Map((board.myVotes ?? []).map((dots) => [voteKey(dots), dots.votes ?? 0]));
    this.votesLeft = board.votesLeft ?? null;
    this.myPoints = new Map((board.myPoints ?? []).map((mine) => [voteKey(mine), mine.points]));
    this.myRatings = new Map((board.myRatings ?? []).map((mine) => [`${voteKey(mine)}|${mine.criterionId}`, mine.score]));
    this.settings = new Map((board.settings ?? []).map((entry) => [entry.phase, entry]));
    this.privateIdeas = board.privateIdeas ?? 0;
    this.objections = board.objections ?? [];
    this.proposals = new Map((board.proposals ?? []).map((proposal) => [proposal.proposalId, {
      ...proposal,
      derivedFrom: proposal.derivedFrom ?? [],
      derivedFromClusters: proposal.derivedFromClusters ?? [],
      commitments: proposal.commitments ?? [],
      actions: proposal.actions ?? [],
      votes: proposal.votes ?? 0,
    }]));
  }

  apply({ type, payload }) {
    switch (type) {
      case 'ParticipantJoined':
        this.participants.set(payload.participantId, payload);
        break;
      case 'ParticipantRemoved':
        this.participants.delete(payload.participantId);
        this.ready.delete(payload.participantId);
        break;
      case 'PhaseAdvanced':
      case 'PhaseReverted':
        this.phase = payload.to;
        this.step = payload.step ?? null;
        this.enterStep();
        break;
      case 'StepAdvanced':
      case 'StepReverted':
        this.step = payload.to;
        this.enterStep();
        break;
      case 'WorkshopClosed':
        this.phase = 'CLOSED';
        this.step = null;
        this.enterStep();
        break;
      case 'TimerStarted':
        this.timer = { state: 'RUNNING', seconds: payload.seconds, endsAt: payload.endsAt, remainingSeconds: 0 };
        break;
      case 'TimerPaused':
        this.changeTimer({ state: 'PAUSED', endsAt: null, remainingSeconds: payload.remainingSeconds });
        break;
      case 'TimerResumed':
        this.changeTimer({ state: 'RUNNING', endsAt: payload.endsAt, remainingSeconds: 0 });
        break;
      case 'TimerExtended':
        this.changeTimer({
          seconds: (this.timer?.seconds ?? 0) + payload.seconds,
          endsAt: payload.endsAt,
          remainingSeconds: payload.remainingSeconds,
        });
        break;
      case 'TimerStopped':
        this.timer = null;
        break;
      case 'ParticipantReady':
        // Done with the step now open; a page whose call was answered after the room moved on says nothing.
        if (!payload.step || (payload.phase === this.phase && payload.step === this.step)) {
          this.ready.add(payload.participantId);
        }
        break;
      case 'PhaseConfigured':
        this.settings.set(payload.phase, {
          ...this.settingsOf(payload.phase),
          privateWriting: Boolean(payload.privateWriting),
          anonymous: Boolean(payload.anonymous),
          hiddenTallies: Boolean(payload.hiddenTallies),
          // Set by PhaseModerated (read from the board), or here by the console that just saved it.
          ...(Object.hasOwn(payload, 'moderated') ? { moderated: Boolean(payload.moderated) } : {}),
        });
        break;
      case 'IdeasRevealed':
        this.settings.set(payload.phase, { ...this.settingsOf(payload.phase), revealed: true });
        break;
      case 'VotingModeChosen':
        this.settings.set(payload.phase, {
          ...this.settingsOf(payload.phase), votingMode: payload.mode ?? 'DOTS', criteria: payload.criteria ?? [],
        });
        break;
      case 'PhaseModerated':
        this.settings.set(payload.phase, { ...this.settingsOf(payload.phase), moderated: Boolean(payload.moderated) });
        break;
      case 'ClusterCreated':
        this.clusters.set(payload.clusterId, { clusterId: payload.clusterId, title: payload.title, phase: payload.phase, votes: 0 });
        break;
      case 'ClusterRenamed':
        this.changeCluster(payload.clusterId, { title: payload.title });
        break;
      case 'ClustersMerged':
        this.mergeCluster(payload.clusterId, payload.into);
        break;
      case 'ClusterDissolved':
        this.dissolveCluster(payload.clusterId);
        break;
      case 'ClusterVoteCast':
        this.changeCluster(payload.clusterId, { votes: (this.clusters.get(payload.clusterId)?.votes ?? 0) + 1 });
        break;
      case 'ClusterVoteRetracted':
        this.changeCluster(payload.clusterId, { votes: Math.max(0, (this.clusters.get(payload.clusterId)?.votes ?? 0) - 1) });
        break;
      case 'IdeaClustered':
        this.changeIdea(payload.ideaId, { clusterId: payload.clusterId ?? null });
        break;
      case 'VoteCast':
        this.changeIdea(payload.ideaId, { votes: (this.ideas.get(payload.ideaId)?.votes ?? 0) + 1 });
        break;
      case 'VoteRetracted':
        this.changeIdea(payload.ideaId, { votes: Math.max(0, (this.ideas.get(payload.ideaId)?.votes ?? 0) - 1) });
        break;
      case 'IdeaPosted':
      case 'IdeaApproved':
        this.ideas.set(payload.ideaId, {
          ideaId: payload.ideaId,
          text: payload.text,
          participantId: payload.author,
          organisationId: payload.organisationId,
          phase: payload.phase,
          // An idea approved keeps the cluster the facilitator may have put it in while it waited.
          clusterId: type === 'IdeaApproved' ? this.ideas.get(payload.ideaId)?.clusterId ?? null : null,
          votes: 0,
          inspiredBy: payload.inspiredBy ?? [],
          // A page that just posted in a moderated phase shows its idea as waiting until the board says more.
          moderation: payload.moderation ?? 'APPROVED',
        });
        break;
      case 'IdeaRejected':
        // Only the facilitator and the author had the idea; it stays on their screens, marked.
        this.changeIdea(payload.ideaId, { moderation: 'REJECTED' });
        break;
      case 'IdeaEdited':
        this.editIdea(payload.ideaId, payload.text);
        break;
      case 'IdeaWithdrawn':
      case 'IdeaHidden':
        this.ideas.delete(payload.ideaId);
        break;
      default:
        this.applyToProposals(type, payload);
        break;
    }
  }

  /** The facts of proposals, commitments, partnerships, their dots and follow-up actions. */
  applyToProposals(type, payload) {
    const { proposalId } = payload;
    switch (type) {
      case 'ProjectProposed':
        // What was proposed comes from the message; what happened to it since (a page that made it
        // showed it at once, and may have seen it committed to) stays.
        this.proposals.set(proposalId, {
          status: PROPOSAL_OPEN,
          commitments: [],
          partnershipId: null,
          priority: null,
          votes: 0,
          actions: [],
          proposedAt: payload.at,
          ...this.proposals.get(proposalId),
          proposalId,
          title: payload.title,
          description: payload.description ?? '',
          derivedFrom: payload.derivedFromIdeas ?? [],
          derivedFromClusters: payload.derivedFromClusters ?? [],
          leadOrganisationId: payload.leadOrganisationId ?? null,
          conditions: payload.conditions ?? {},
          proposer: payload.proposer ?? null,
          proposerOrganisationId: payload.proposerOrganisationId ?? null,
        });
        break;
      case 'ProposalAmended':
        this.changeProposal(proposalId, {
          title: payload.title,
          description: payload.description ?? '',
          derivedFrom: payload.derivedFromIdeas ?? [],
          derivedFromClusters: payload.derivedFromClusters ?? [],
          leadOrganisationId: payload.leadOrganisationId ?? null,
          conditions: payload.conditions ?? {},
          amendedAt: payload.at,
        });
        break;
      case 'ProposalWithdrawn':
        this.changeProposal(proposalId, { status: PROPOSAL_WITHDRAWN });
        break;
      case 'OrganisationCommitted':
        this.commit(proposalId, payload.organisationId, payload.at);
        break;
      case 'CommitmentWithdrawn':
        this.uncommit(proposalId, payload.organisationId);
        break;
      case 'PartnershipFormed':
      case 'PartnershipExtended':
      case 'PartnershipReduced':
        this.changeProposal(proposalId, { partnershipId: payload.partnershipId });
        this.partnerships.set(payload.partnershipId, {
          strengthened: false,
          strengthenedPairs: [],
          formedAt: payload.at,
          ...this.partnerships.get(payload.partnershipId),
          partnershipId: payload.partnershipId,
          proposalId,
          organisationIds: payload.organisationIds ?? [],
          status: 'ACTIVE',
        });
        break;
      case 'PartnershipDissolved':
        this.changeProposal(proposalId, { partnershipId: null });
        this.changePartnership(payload.partnershipId, { status: 'DISSOLVED', dissolvedAt: payload.at });
        break;
      case 'ProposalsRanked':
        for (const proposal of this.proposals.values()) {
          const rank = payload.proposalIds.indexOf(proposal.proposalId);
          this.changeProposal(proposal.proposalId, { priority: rank >= 0 ? rank + 1 : null });
        }
        break;
      case 'ProposalVoteCast':
        this.changeProposal(proposalId, { votes: (this.proposals.get(proposalId)?.votes ?? 0) + 1 });
        break;
      case 'ProposalVoteRetracted':
        this.changeProposal(proposalId, { votes: Math.max(0, (this.proposals.get(proposalId)?.votes ?? 0) - 1) });
        break;
      case 'ActionAgreed':
        this.agreeAction(proposalId, {
          actionId: payload.actionId,
          organisationId: payload.organisationId,
          what: payload.what,
          due: payload.due ?? null,
          status: payload.status,
          agreedAt: payload.at,
          updatedAt: null,
        });
        break;
      case 'ActionUpdated':
        this.updateAction(proposalId, payload.actionId, {
          what: payload.what, due: payload.due ?? null, status: payload.status, updatedAt: payload.at,
        });
        break;
      default:
        break;
    }
  }

  editIdea(ideaId, text) {
    this.changeIdea(ideaId, { text });
  }

  changeIdea(ideaId, change) {
    const idea = this.ideas.get(ideaId);
    if (idea) {
      this.ideas.set(ideaId, { ...idea, ...change });
    }
  }

  changeCluster(clusterId, change) {
    const cluster = this.clusters.get(clusterId);
    if (cluster) {
      this.clusters.set(clusterId, { ...cluster, ...change });
    }
  }

  /** A merge as the server does it: the ideas and the dots go to `into`, which keeps its title. */
  mergeCluster(clusterId, into) {
    const merged = this.clusters.get(clusterId);
    const target = this.clusters.get(into);
    if (!merged || !target) {
      return;
    }
    for (const idea of this.ideas.values()) {
      if (idea.clusterId === clusterId) {
        this.changeIdea(idea.ideaId, { clusterId: into });
      }
    }
    this.changeCluster(into, { votes: (target.votes ?? 0) + (merged.votes ?? 0) });
    this.clusters.delete(clusterId);
  }

  /** A dissolution as the server does it: the ideas stay in no cluster. */
  dissolveCluster(clusterId) {
    for (const idea of this.ideas.values()) {
      if (idea.clusterId === clusterId) {
        this.changeIdea(idea.ideaId, { clusterId: null });
      }
    }
    this.clusters.delete(clusterId);
  }

  changeProposal(proposalId, change) {
    const proposal = this.proposals.get(proposalId);
    if (proposal) {
      this.proposals.set(proposalId, { ...proposal, ...change });
    }
  }

  /** An organisation's commitment, once (a commitment already shown changes nothing). */
  commit(proposalId, organisationId, at = null) {
    const proposal = this.proposals.get(proposalId);
    if (proposal && !proposal.commitments.some((c) => c.organisationId === organisationId)) {
      this.changeProposal(proposalId, { commitments: [...proposal.commitments, { organisationId, at }] });
    }
  }

  uncommit(proposalId, organisationId) {
    const proposal = this.proposals.get(proposalId);
    if (proposal) {
      this.changeProposal(proposalId, {
        commitments: proposal.commitments.filter((c) => c.organisationId !== organisationId),
      });
    }
  }

  agreeAction(proposalId, action) {
    const proposal = this.proposals.get(proposalId);
    if (proposal && !proposal.actions.some((a) => a.actionId === action.actionId)) {
      this.changeProposal(proposalId, { actions: [...proposal.actions, action] });
    }
  }

  updateAction(proposalId, actionId, change) {
    const proposal = this.proposals.get(proposalId);
    if (proposal) {
      this.changeProposal(proposalId, {
        actions: proposal.actions.map((a) => (a.actionId === actionId ? { ...a, ...change } : a)),
      });
    }
  }

  changePartnership(partnershipId, change) {
    const partnership = this.partnerships.get(partnershipId);
    if (partnership) {
      this.partnerships.set(partnershipId, { ...partnership, ...change });
    }
  }

  /**
   * The proposals still standing, in the room's order: the facilitator's ranks first, then the
   * others as they were proposed.
   */
  openProposals() {
    const open = [...this.proposals.values()].filter((proposal) => proposal.status !== PROPOSAL_WITHDRAWN);
    const ranked = open.filter((p) => p.priority != null).sort((a, b) => a.priority - b.priority);
    return [...ranked, ...open.filter((p) => p.priority == null)];
  }

  /** The organisation a participant speaks for (undefined when the page does not know them yet). */
  organisationOf(participantId) {
    return this.participants.get(participantId)?.organisationId;
  }

  /** The organisations someone in the room speaks for, each once, in the order they arrived. */
  representedOrganisations() {
    return [...new Set([...this.participants.values()].map((p) => p.organisationId).filter(Boolean))];
  }

  /** The partnership standing on a proposal, as the partnerships read gave it. */
  partnershipOf(proposal) {
    return proposal?.partnershipId ? this.partnerships.get(proposal.partnershipId) ?? null : null;
  }

  async loadPartnerships(token, workshopId) {
    const partnerships = await api(path`/api/partnerships?workshopId=${workshopId}`, { token });
    this.partnerships = new Map(partnerships.map((partnership) => [partnership.partnershipId, partnership]));
    return partnerships;
  }

  /** The countdown as the server answered a timer call: the same shape as a board read gives it. */
  loadTimer(timer) {
    this.timer = timer ?? null;
  }

  changeTimer(change) {
    if (this.timer) {
      this.timer = { ...this.timer, ...change };
    }
  }

  /** A new step starts with no countdown and nobody done yet, as on the server's board. */
  enterStep() {
    this.timer = null;
    this.ready = new Set();
  }

  ideasOf(phase) {
    return [...this.ideas.values()].filter((idea) => idea.phase === phase);
  }

  /** The ideas `idea` builds on, in the order it named them; `idea` is null for one this screen does not show. */
  inspirationsOf(idea) {
    return (idea.inspiredBy ?? []).map((ideaId) => ({ ideaId, idea: this.ideas.get(ideaId) ?? null }));
  }

  /** The ideas on this screen that build on the idea `ideaId`, oldest first. */
  ideasBuildingOn(ideaId) {
    return [...this.ideas.values()].filter((idea) => (idea.inspiredBy ?? []).includes(ideaId));
  }

  clustersOf(phase) {
    return [...this.clusters.values()].filter((cluster) => cluster.phase === phase);
  }

  /** From the CLUSTER step on, a phase's ideas are shown in their clusters. */
  showsClusters(phase) {
    return phase !== this.phase || (this.step !== null && this.step !== 'COLLECT');
  }

  /** Tallies matter once the room votes; earlier phases keep theirs; hidden ones read 0, so are not shown. */
  showsVotes(phase) {
    if (this.votingModeOf(phase) !== 'DOTS') {
      return false; // points and scores are shown by their own controls and results
    }
    if (phase !== this.phase) {
      return true;
    }
    return (this.step === 'VOTE' && !this.talliesHidden()) || this.step === 'DISCUSS';
  }

  /** The room votes without seeing the tallies, which the board gives as 0 until the VOTE step ends. */
  talliesHidden() {
    return isOpen(this.phase) && this.step === 'VOTE' && this.settingsOf(this.phase).hiddenTallies;
  }

  /** The author's name; '' when the page cannot name them (see isAnonymous). */
  authorName(idea) {
    return this.participants.get(idea.participantId)?.displayName ?? '';
  }

  /** The board leaves the author out where this screen may not see it (an anonymous phase). */
  isAnonymous(idea) {
    return !idea.participantId;
  }

  /** A phase's rules; none set means open writing, under names, with tallies shown. */
  settingsOf(phase) {
    return this.settings.get(phase)
      ?? { phase, privateWriting: false, anonymous: false, hiddenTallies: false, revealed: false };
  }

  /** How a phase votes: DOTS (the default), POINTS or CRITERIA. */
  votingModeOf(phase) {
    return this.settingsOf(phase).votingMode ?? 'DOTS';
  }

  /** The criteria a CRITERIA phase scores on: [{criterionId, label}]. */
  criteriaOf(phase) {
    return this.settingsOf(phase).criteria ?? [];
  }

  /** The phase's ideas are written privately and not revealed yet. */
  awaitsReveal(phase) {
    const settings = this.settingsOf(phase);
    return settings.privateWriting && !settings.revealed;
  }

  /** This participant's dots on an idea ({ideaId}), a cluster ({clusterId}) or a proposal ({proposalId}) of the phase now open. */
  myDotsOn(target) {
    return this.myVotes.get(voteKey(target)) ?? 0;
  }

  organisationName(organisationId) {
    return this.organisations.get(organisationId)?.name ?? '';
  }

  /** True when someone present speaks for an organisation the page cannot name yet. */
  lacksOrganisations() {
    const known = (id) => !id || this.organisations.has(id);
    const ofProposals = [...this.proposals.values()].flatMap((proposal) =>
      [proposal.leadOrganisationId, proposal.proposerOrganisationId, ...proposal.commitments.map((c) => c.organisationId)]);
    return [...this.participants.values()].some((p) => !known(p.organisationId))
      || [...this.ideas.values()].some((idea) => !known(idea.organisationId))
      || ofProposals.some((id) => !known(id))
      || [...this.partnerships.values()].some((p) => (p.organisationIds ?? []).some((id) => !known(id)));
  }

  async loadOrganisations(token) {
    const register = await api(path`/api/organisations`, { token });
    this.organisations = new Map(register.map((organisation) => [organisation.organisationId, organisation]));
  }
}

/**
 * Answers a function that loads the register whenever the room names an organisation it does not
 * know yet (someone registered theirs on joining), calling onLoaded after. Names are a nicety:
 * a failed load is retried quietly rather than reported.
 */
export function organisationLoader(room, token, onLoaded) {
  let loading = false;
  const load = () => {
    if (loading || !room.lacksOrganisations()) {
      return;
    }
    loading = true;
    room.loadOrganisations(token)
      .then(onLoaded)
      .catch((error) => {
        if (error.transient) {
          setTimeout(load, ORGANISATIONS_RETRY_MS);
        }
      })
      .finally(() => {
        loading = false;
      });
  };
  return load;
}
