import { api, path } from './api.js';
import { drawTrace, KIND_COLOURS } from './charts.js';
import { formatInstant, excerpt } from './history-text.js';
import { plural, t } from './i18n.js';
import { element, setText, showError } from './ui.js';

/**
 * How a partnership emerged (GET /api/partnerships/{id}/trace): its steps as a timeline, oldest
 * first, back to the critiques it answers; the same story as a graph; its nodes as a list, and the
 * whole as JSON to download.
 */
export class Trace {
  #token;
  #names;
  #onReplay;
  #nodes;
  #partnerships = [];
  #trace = null;
  #reads = 0;

  constructor({ token, names, onReplay }) {
    this.#token = token;
    this.#names = names;
    this.#onReplay = onReplay;
    const byId = (id) => document.getElementById(id);
    this.#nodes = {
      empty: byId('trace-empty'),
      choice: byId('trace-choice'),
      select: byId('trace-partnership'),
      error: byId('trace-error'),
      trace: byId('trace'),
      summary: byId('trace-summary'),
      chart: byId('trace-chart'),
      steps: byId('trace-steps'),
      list: byId('trace-nodes'),
      json: byId('trace-json'),
    };
    this.#nodes.select.addEventListener('change', () => this.#read(this.#nodes.select.value));
    this.#nodes.json.addEventListener('click', (event) => {
      event.preventDefault();
      this.#downloadJson();
    });
  }

  async load(workshopId) {
    try {
      this.#partnerships = await api(`/api/partnerships?${new URLSearchParams({ workshopId })}`, { token: this.#token });
    } catch (error) {
      showError(this.#nodes.error, error);
      return;
    }
    this.#renderChoice();
    if (this.#partnerships.length > 0) {
      await this.#read(this.#partnerships[0].partnershipId);
    }
  }

  render() {
    this.#renderChoice();
    this.#renderTrace();
  }

  #label(partnership) {
    return t('trace.option', {
      organisations: this.#names.organisationList(partnership.organisationIds),
      proposal: this.#names.proposal(partnership.proposalId),
    });
  }

  #renderChoice() {
    const none = this.#partnerships.length === 0;
    this.#nodes.empty.hidden = !none;
    this.#nodes.choice.hidden = none;
    const chosen = this.#nodes.select.value;
    this.#nodes.select.replaceChildren(...this.#partnerships.map((partnership) => element('option', {
      text: this.#label(partnership) + (partnership.status === 'DISSOLVED' ? ` (${t('trace.dissolved')})` : ''),
      attributes: { value: partnership.partnershipId },
    })));
    if (chosen) {
      this.#nodes.select.value = chosen;
    }
  }

  async #read(partnershipId) {
    const read = ++this.#reads;
    showError(this.#nodes.error, null);
    try {
      const trace = await api(path`/api/partnerships/${partnershipId}/trace`, { token: this.#token });
      if (read === this.#reads) {
        this.#trace = trace;
        this.#nodes.select.value = partnershipId;
        this.#renderTrace();
      }
    } catch (error) {
      showError(this.#nodes.error, error);
    }
  }

  #nodeLabel(id) {
    const node = this.#trace.graph.nodes.find((candidate) => candidate.id === id);
    return node?.label ? t('history.quoted', { text: excerpt(node.label, 80) }) : t('trace.hiddenText');
  }

  #kindOf(id) {
    return this.#trace.graph.nodes.find((candidate) => candidate.id === id)?.kind;
  }

  /** One step in a sentence: what happened to what, as the trace's summary says it. */
  #sentence(step) {
    const summary = step.summary ? t('history.quoted', { text: excerpt(step.summary, 140) }) : t('trace.hiddenText');
    const subject = step.refs?.[0];
    switch (step.type) {
      case 'IdeaPosted': {
        const inspirations = (step.refs ?? []).slice(1).map((id) => this.#nodeLabel(id));
        const posted = t(`trace.posted.${this.#kindOf(subject) ?? 'critique'}`, { summary });
        return inspirations.length > 0 ? t('trace.inspired', { posted, sources: inspirations.join(', ') }) : posted;
      }
      case 'IdeaClustered':
        return t('trace.IdeaClustered', { idea: this.#nodeLabel(subject), summary });
      case 'IdeaEdited':
        return t('trace.IdeaEdited', { summary });
      case 'OrganisationCommitted':
      case 'CommitmentWithdrawn':
      case 'ClusterCreated':
      case 'ClustersMerged':
      case 'ProjectProposed':
      case 'ProposalAmended':
      case 'PartnershipFormed':
      case 'PartnershipExtended':
      case 'PartnershipReduced':
      case 'PartnershipDissolved':
        return t(`trace.${step.type}`, { summary, organisations: step.summary ?? '' });
      default:
        return `${t('history.unknownEvent')}${step.summary ? ` — ${summary}` : ''}`;
    }
  }

  #who(step) {
    const who = step.actorName
      ?? (step.actor === 'participant' ? t('history.actor.anonymous')
        : ['facilitator', 'organiser', 'evaluator'].includes(step.actor) ? t(`history.actor.${step.actor}`) : '');
    const organisation = step.organisationName ?? (step.organisationId ? this.#names.organisation(step.organisationId) : '');
    if (who && organisation) {
      return t('history.actorOf', { who, organisation });
    }
    return who || organisation;
  }

  #renderTrace() {
    const trace = this.#trace;
    this.#nodes.trace.hidden = !trace;
    if (!trace) {
      return;
    }
    const { partnership, steps, graph } = trace;
    const counts = Object.fromEntries(['critique', 'dream', 'action', 'cluster'].map((kind) =>
      [kind, graph.nodes.filter((node) => node.kind === kind).length]));
    setText(this.#nodes.summary, t('trace.summary', {
      organisations: this.#names.organisationList(partnership.organisationIds),
      proposal: this.#names.proposal(partnership.proposalId),
      steps: plural('trace.count.steps', steps.length),
      critiques: plural('trace.count.critiques', counts.critique),
      dreams: plural('trace.count.dreams', counts.dream),
      actions: plural('trace.count.actions', counts.action),
    }));
    this.#nodes.steps.replaceChildren(...steps.map((step) => {
      const kind = this.#kindOf(step.refs?.[0]);
      const item = element('li', {
        className: 'trace-step',
        attributes: { 'data-position': String(step.position), 'data-type': step.type, 'data-kind': kind ?? '', 'data-phase': step.phase ?? '' },
      }, [
        element('p', { className: 'trace-sentence', text: this.#sentence(step) }),
        element('p', { className: 'event-meta' }, [
          element('span', { className: 'event-who', text: this.#who(step) }),
          element('time', { className: 'event-time', text: formatInstant(step.at), attributes: { datetime: step.at } }),
          element('span', { text: step.phase ? t(`phase.${step.phase}`) : '' }),
          this.#replayButton(step.position),
        ]),
      ]);
      item.style.setProperty('--kind-colour', KIND_COLOURS[kind] ?? 'var(--line)');
      return item;
    }));
    this.#nodes.list.replaceChildren(...graph.nodes.map((node) => element('li', {
      attributes: { 'data-kind': node.kind, 'data-node-id': node.id },
    }, [
      element('span', { text: t('trace.node', { kind: t(`trace.kind.${node.kind}`), label: node.label ?? t('trace.hiddenText') }) }),
      ...this.#edgesFrom(node.id),
    ])));
    this.#nodes.chart.hidden = false;
    drawTrace(this.#nodes.chart, graph, {
      kindLabel: (kind) => t(`trace.kind.${kind}`),
      edgeLabel: (kind) => t(`trace.edge.${kind}`),
    });
  }

  /** What a node is linked to, said as text (the graph's edges). */
  #edgesFrom(id) {
    const edges = this.#trace.graph.edges.filter((edge) => edge.source === id);
    if (edges.length === 0) {
      return [];
    }
    return [element('ul', { className: 'trace-edges' }, edges.map((edge) => element('li', {
      text: `${t(`trace.edge.${edge.kind}`)} ${this.#nodeLabelOrName(edge.target)}`,
    })))];
  }

  #nodeLabelOrName(id) {
    const node = this.#trace.graph.nodes.find((candidate) => candidate.id === id);
    if (node?.kind === 'organisation' || node?.kind === 'partnership') {
      return node.label ?? '';
    }
    return this.#nodeLabel(id);
  }

  #replayButton(position) {
    // The name read out starts with the words on screen, so speech input ("click n° 8") finds the button.
    const shown = t('timeline.positionShort', { position });
    const button = element('button', {
      className: 'link replay-from',
      text: shown,
      attributes: { type: 'button', 'aria-label': `${shown} : ${t('timeline.replayAt', { position })}` },
    });
    button.addEventListener('click', () => this.#onReplay(position));
    return button;
  }

  #downloadJson() {
    if (!this.#trace) {
      return;
    }
    const href = URL.createObjectURL(new Blob([JSON.stringify(this.#trace, null, 2)], { type: 'application/json' }));
    const link = element('a', { attributes: { href, download: `partnership-${this.#trace.partnership.partnershipId}-trace.json` } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }
}
