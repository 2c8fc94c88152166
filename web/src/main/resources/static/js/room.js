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

/**
 * A page's copy of one workshop: loaded from a board read, then changed by live messages.
 * Every change is set, not added up, so a message that the summary already holds applies harmlessly.
 */
export class Room {
  title = '';
  theme = '';
  phase = 'PREPARATION';
  step = null;
  participants = new Map();
  ideas = new Map();
  organisations = new Map();

  load({ board, workshop }) {
    this.title = workshop.title ?? '';
    this.theme = workshop.theme ?? '';
    this.phase = board.phase;
    this.step = board.step ?? null;
    this.participants = new Map((workshop.participants ?? []).map((p) => [p.participantId, p]));
    this.ideas = new Map(board.ideas.map((idea) => [idea.ideaId, idea]));
  }

  apply({ type, payload }) {
    switch (type) {
      case 'ParticipantJoined':
        this.participants.set(payload.participantId, payload);
        break;
      case 'PhaseAdvanced':
        this.phase = payload.to;
        this.step = payload.step ?? null;
        break;
      case 'StepAdvanced':
        this.step = payload.to;
        break;
      case 'WorkshopClosed':
        this.phase = 'CLOSED';
        this.step = null;
        break;
      case 'IdeaPosted':
        this.ideas.set(payload.ideaId, {
          ideaId: payload.ideaId,
          text: payload.text,
          participantId: payload.author,
          organisationId: payload.organisationId,
          phase: payload.phase,
          inspiredBy: payload.inspiredBy ?? [],
        });
        break;
      case 'IdeaEdited':
        this.editIdea(payload.ideaId, payload.text);
        break;
      case 'IdeaWithdrawn':
      case 'IdeaHidden':
        this.ideas.delete(payload.ideaId);
        break;
      default:
        break;
    }
  }

  editIdea(ideaId, text) {
    const idea = this.ideas.get(ideaId);
    if (idea) {
      this.ideas.set(ideaId, { ...idea, text });
    }
  }

  authorName(idea) {
    return this.participants.get(idea.participantId)?.displayName ?? '';
  }

  organisationName(organisationId) {
    return this.organisations.get(organisationId)?.name ?? '';
  }

  /** True when someone present speaks for an organisation the page cannot name yet. */
  lacksOrganisations() {
    const known = (id) => !id || this.organisations.has(id);
    return [...this.participants.values()].some((p) => !known(p.organisationId))
      || [...this.ideas.values()].some((idea) => !known(idea.organisationId));
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
