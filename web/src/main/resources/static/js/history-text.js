import { listOf } from './format.js';
import { hasText, plural, t } from './i18n.js';

// How evaluators' pages say what happened: one sentence per event type from the bundles
// (event.<type>), with the names of what the event is about; the type's name when no sentence exists.

const EXCERPT_LENGTH = 120;

export function excerpt(text, length = EXCERPT_LENGTH) {
  const value = String(text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

/**
 * What pages know by id, to name what an event is about. Filled from the board, the register and
 * the events read so far (an idea withdrawn since is named by the event that posted it).
 */
export class Names {
  ideas = new Map();
  clusters = new Map();
  proposals = new Map();
  organisations = new Map();
  people = new Map();
  /** Co-facilitators by id, as FacilitatorAdded named them. */
  facilitators = new Map();
  /** Organisations a sentence had to leave unnamed: the register did not have them yet. */
  unnamedOrganisations = new Set();
  /** Criteria of CRITERIA phases by id, as VotingModeChosen named them. */
  criteria = new Map();

  learnBoard(board) {
    for (const idea of board?.ideas ?? []) {
      this.ideas.set(idea.ideaId, idea.text);
    }
    for (const cluster of board?.clusters ?? []) {
      this.clusters.set(cluster.clusterId, cluster.title);
    }
    for (const proposal of board?.proposals ?? []) {
      this.proposals.set(proposal.proposalId, proposal.title);
    }
  }

  learnWorkshop(workshop) {
    for (const participant of workshop?.participants ?? []) {
      this.people.set(participant.participantId, participant.displayName);
    }
  }

  learnOrganisations(register) {
    for (const organisation of register ?? []) {
      this.organisations.set(organisation.organisationId, organisation.name);
      this.unnamedOrganisations.delete(organisation.organisationId);
    }
  }

  /** What an event tells about names (a title, a text), so later events can say it. */
  learnEvent({ type, payload = {} }) {
    switch (type) {
      case 'IdeaPosted':
      case 'IdeaSubmitted':
      case 'IdeaApproved':
      case 'IdeaEdited':
        if (payload.text) {
          this.ideas.set(payload.ideaId, payload.text);
        }
        break;
      case 'ClusterCreated':
      case 'ClusterRenamed':
        this.clusters.set(payload.clusterId, payload.title);
        break;
      case 'ProjectProposed':
      case 'ProposalAmended':
        if (payload.title) {
          this.proposals.set(payload.proposalId, payload.title);
        }
        break;
      case 'ParticipantJoined':
        this.people.set(payload.participantId, payload.displayName);
        break;
      case 'OrganisationRegistered':
        this.organisations.set(payload.organisationId, payload.name);
        break;
      case 'FacilitatorAdded':
        this.facilitators.set(payload.facilitatorId, payload.name);
        break;
      case 'VotingModeChosen':
        for (const criterion of payload.criteria ?? []) {
          this.criteria.set(criterion.criterionId, criterion.label);
        }
        break;
      default:
        break;
    }
  }

  idea(id) {
    return quoted(this.ideas.get(id), 'history.someIdea');
  }

  cluster(id) {
    return quoted(this.clusters.get(id), 'history.someCluster');
  }

  proposal(id) {
    return quoted(this.proposals.get(id), 'history.someProposal');
  }

  /** What a vote went on: an idea, a cluster or a proposal, named. */
  target({ ideaId, clusterId, proposalId }) {
    if (ideaId) {
      return this.idea(ideaId);
    }
    return clusterId ? this.cluster(clusterId) : this.proposal(proposalId);
  }

  criterion(id) {
    return quoted(this.criteria.get(id), 'history.someCriterion');
  }

  organisation(id) {
    if (this.organisations.has(id) || !id) {
      return this.organisations.get(id) ?? '';
    }
    this.unnamedOrganisations.add(id);
    return t('history.someOrganisation');
  }

  organisationList(ids) {
    return listOf((ids ?? []).map((id) => this.organisation(id)));
  }
}

function quoted(text, fallbackKey) {
  return text ? t('history.quoted', { text: excerpt(text) }) : t(fallbackKey);
}


const phaseName = (phase) => (phase ? t(`phase.${phase}`) : '');
const stepName = (step) => (step ? t(`step.${step}`) : '');

/** The sentence saying what an event did. */
export function describeEvent(event, names) {
  const { type } = event;
  const p = event.payload ?? {};
  const key = `event.${type}`;
  if (!hasText(key) && !hasText(`${key}.other`)) {
    return t('history.unknownEvent'); // a reader never sees the code's name of a change
  }
  const params = {
    phase: phaseName(p.phase ?? event.phase),
    from: p.from && (type.startsWith('Phase') ? phaseName(p.from) : stepName(p.from)),
    to: p.to && (type.startsWith('Phase') ? phaseName(p.to) : stepName(p.to)),
    step: stepName(p.step ?? event.step),
    text: quoted(p.text, 'history.someIdea'),
    title: quoted(p.title, 'history.someCluster'),
    name: p.displayName ?? p.name ?? '',
    idea: names.idea(p.ideaId),
    cluster: names.cluster(p.clusterId),
    into: names.cluster(p.into),
    proposal: names.proposal(p.proposalId),
    organisation: names.organisation(p.organisationId ?? event.organisationId),
    organisations: names.organisationList(p.organisationIds),
    what: quoted(p.what, 'history.someAction'),
    status: p.status ? t(`history.actionStatus.${p.status}`) : '',
    minutes: Math.max(1, Math.round((p.seconds ?? 0) / 60)),
    count: (p.proposalIds ?? p.inspiredBy ?? []).length,
  };
  switch (type) {
    case 'IdeaPosted':
      return (p.inspiredBy ?? []).length > 0
        ? t('event.IdeaPosted.inspired', { ...params, sources: listOf(p.inspiredBy.map((id) => names.idea(id))) })
        : t(key, params);
    case 'IdeaClustered':
      return p.clusterId ? t(key, params) : t('event.IdeaClustered.none', params);
    case 'IdeaHidden':
      return p.reason ? t('event.IdeaHidden.reason', { ...params, reason: excerpt(p.reason) }) : t(key, params);
    case 'TimerStarted':
    case 'TimerExtended':
      return plural(key, params.minutes, params);
    case 'ProposalsRanked':
      return plural(key, params.count, params);
    case 'ProjectProposed':
    case 'ProposalAmended':
      return t(key, { ...params, title: quoted(p.title, 'history.someProposal') });
    case 'PhaseConfigured':
      return t(key, { ...params, rules: phaseRules(p) });
    case 'VotingModeChosen':
      return t(key, { ...params, mode: votingModeText(p) });
    case 'PointsAllocated':
      return (p.allocations ?? []).length === 0 ? t('event.PointsAllocated.none', params)
        : t(key, { ...params, allocations: listOf(p.allocations.map((allocation) =>
          t('history.pointsOn', { points: allocation.points, target: names.target(allocation) }))) });
    case 'CriterionRated':
      return t(key, { ...params, score: p.score, target: names.target(p), criterion: names.criterion(p.criterionId) });
    case 'ParticipantRemoved':
    case 'RejoinCodeReplaced':
    case 'ParticipantAttended': {
      const person = { ...params, name: names.people.get(p.participantId) ?? t('history.somebody'), session: p.session ?? '' };
      if (type === 'ParticipantRemoved' && p.reason) {
        return t('event.ParticipantRemoved.reason', { ...person, reason: excerpt(p.reason) });
      }
      return t(type === 'ParticipantAttended' && p.source === 'MARKED' ? 'event.ParticipantAttended.MARKED' : key, person);
    }
    case 'FacilitatorRemoved':
      return t(key, { ...params, name: names.facilitators.get(p.facilitatorId) ?? t('history.somebody') });
    default:
      return t(key, params);
  }
}

/** A phase's voting mode in words, with its criteria's labels. */
export function votingModeText({ mode, votingMode, criteria }) {
  const chosen = mode ?? votingMode ?? 'DOTS';
  if (chosen === 'CRITERIA' && (criteria ?? []).length > 0) {
    return t('votingMode.CRITERIA.named', { criteria: listOf(criteria.map((criterion) => `«\u00a0${criterion.label}\u00a0»`)) });
  }
  return t(`votingMode.${chosen}`);
}

function phaseRules(settings) {
  const rules = ['privateWriting', 'anonymous', 'hiddenTallies']
    .filter((rule) => settings[rule])
    .map((rule) => t(`history.rule.${rule}`));
  return rules.length > 0 ? listOf(rules) : t('history.rule.none');
}

/** Who did it: the person (unless the phase was anonymous) and their organisation, or the role. */
export function describeActor(event, names) {
  const actor = event.actor ?? '';
  let who;
  if (actor.startsWith('participant:')) {
    who = names.people.get(actor.slice('participant:'.length)) ?? t('history.actor.participant');
  } else if (actor === 'participant') {
    who = t('history.actor.anonymous');
  } else if (actor.startsWith('facilitator:')) {
    who = t('history.actor.coFacilitator', {
      name: names.facilitators?.get(actor.slice('facilitator:'.length)) ?? t('history.somebody'),
    });
  } else if (['organiser', 'facilitator', 'evaluator', 'display'].includes(actor)) {
    who = t(`history.actor.${actor}`);
  } else {
    who = t('history.actor.system');
  }
  const organisation = event.organisationId ? names.organisation(event.organisationId) : '';
  return organisation ? t('history.actorOf', { who, organisation }) : who;
}

export { formatInstant, formatSpan, listOf } from './format.js';

/** The event types as the timeline's filter offers them, by kind. */
export const EVENT_KINDS = {
  ideas: ['IdeaPosted', 'IdeaEdited', 'IdeaWithdrawn', 'IdeaHidden', 'IdeasRevealed', 'ObjectionParked'],
  clusters: ['ClusterCreated', 'ClusterRenamed', 'ClustersMerged', 'ClusterDissolved', 'IdeaClustered'],
  votes: ['VoteCast', 'VoteRetracted', 'ClusterVoteCast', 'ClusterVoteRetracted', 'ProposalVoteCast',
    'ProposalVoteRetracted', 'PointsAllocated', 'CriterionRated'],
  proposals: ['ProjectProposed', 'ProposalAmended', 'ProposalWithdrawn', 'ProposalsRanked', 'OrganisationCommitted',
    'CommitmentWithdrawn'],
  partnerships: ['PartnershipFormed', 'PartnershipExtended', 'PartnershipReduced', 'PartnershipDissolved'],
  actions: ['ActionAgreed', 'ActionUpdated'],
  room: ['WorkshopScheduled', 'PhaseAdvanced', 'PhaseReverted', 'StepAdvanced', 'StepReverted', 'PhaseConfigured',
    'VotingModeChosen', 'WorkshopClosed', 'TimerStarted', 'TimerPaused', 'TimerResumed', 'TimerExtended', 'TimerStopped'],
  people: ['ParticipantJoined', 'ParticipantReady', 'ParticipantRemoved', 'RejoinCodeReplaced', 'ParticipantAttended',
    'FacilitatorAdded', 'FacilitatorRemoved'],
};

/** The events that open a phase: where the timeline's bands begin. */
export const PHASE_EVENTS = ['WorkshopScheduled', 'PhaseAdvanced', 'PhaseReverted', 'WorkshopClosed'];
