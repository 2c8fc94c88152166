import { plural, t } from './i18n.js';
import { placeInOrder } from './idea-list.js';
import { PROPOSAL_WITHDRAWN } from './room.js';
import { element, setText } from './ui.js';

export const CONDITIONS = ['resources', 'obstacles', 'firstSteps', 'timeline'];
const EXCERPT_LENGTH = 90;

export function excerpt(text, length = EXCERPT_LENGTH) {
  const plain = text ?? '';
  return plain.length > length ? `${plain.slice(0, length)}…` : plain;
}

/** Organisation names, in the order given, for "A, B"; an organisation the page cannot name yet reads as such. */
export function organisationNames(room, organisationIds) {
  return (organisationIds ?? []).map((id) => room.organisationName(id) || t('organisation.unknown')).join(', ');
}

/** "A – B, C – D": the pairs of a partnership that were already linked in the programme. */
export function pairNames(room, pairs) {
  return (pairs ?? []).map((pair) => pair.map((id) => room.organisationName(id) || t('organisation.unknown')).join(' – '))
    .join(', ');
}

/** What a partnership is: new, or strengthening links that existed (and which pairs). */
export function partnershipStrength(room, partnership) {
  if (!partnership?.strengthened) {
    return t('partnership.new');
  }
  const pairs = pairNames(room, partnership.strengthenedPairs);
  return pairs ? t('partnership.strengthenedPairs', { pairs }) : t('partnership.strengthened');
}

/**
 * The proposals of a room as cards: title, rank, description, lead, what it comes from, its
 * conditions of realization, who is committed, its partnership and its dots. Elements are kept
 * per proposal and moved only when out of place, so live updates never steal the keyboard focus
 * or wipe an edit in progress; a card being edited stays even once its proposal is withdrawn, so
 * the person editing learns why their change is refused rather than losing it.
 */
export class ProposalList {
  #root;
  #room;
  #decorate;
  #update;
  #items = new Map();

  /**
   * decorate(item, proposal) adds the page's controls to a new card;
   * update(item, proposal) brings them up to date at every render.
   */
  constructor(root, room, { decorate = () => {}, update = () => {} } = {}) {
    this.#root = root;
    this.#room = room;
    this.#decorate = decorate;
    this.#update = update;
  }

  /** Answers how many proposals stand. */
  render() {
    const open = this.#room.openProposals();
    const kept = [...this.#items.entries()]
      .filter(([id, item]) => item.classList.contains('is-editing') && !open.some((p) => p.proposalId === id))
      .map(([id]) => this.#room.proposals.get(id))
      .filter(Boolean);
    const shown = [...open, ...kept];
    placeInOrder(this.#root, shown.map((proposal) => this.#renderProposal(proposal)));
    const ids = new Set(shown.map((proposal) => proposal.proposalId));
    for (const id of this.#items.keys()) {
      if (!ids.has(id)) {
        this.#items.delete(id);
      }
    }
    return open.length;
  }

  item(proposalId) {
    return this.#items.get(proposalId) ?? null;
  }

  #renderProposal(proposal) {
    let item = this.#items.get(proposal.proposalId);
    if (!item) {
      const titleId = `proposal-title-${proposal.proposalId}`;
      item = element('li', {
        className: 'proposal', attributes: { 'data-proposal-id': proposal.proposalId, 'aria-labelledby': titleId },
      }, [
        element('div', { className: 'proposal-head' }, [
          element('h3', { className: 'proposal-title', attributes: { id: titleId } }),
          element('span', { className: 'proposal-priority' }),
        ]),
        element('p', { className: 'proposal-withdrawn', attributes: { 'data-i18n': 'proposals.withdrawnNote' } }),
        element('p', { className: 'proposal-description' }),
        element('p', { className: 'proposal-meta' }, [
          element('span', { className: 'proposal-lead' }),
          element('span', { className: 'proposal-proposer' }),
        ]),
        element('div', { className: 'proposal-sources' }, [
          element('p', { className: 'proposal-label', attributes: { 'data-i18n': 'proposals.derivedFrom' } }),
          element('ul', { className: 'proposal-derived' }),
        ]),
        element('div', { className: 'proposal-conditions-box' }, [
          element('p', { className: 'proposal-label', attributes: { 'data-i18n': 'proposals.conditions' } }),
          element('dl', { className: 'proposal-conditions' }),
          element('p', { className: 'proposal-no-conditions hint', attributes: { 'data-i18n': 'proposals.noConditions' } }),
        ]),
        element('p', { className: 'proposal-commitments' }),
        element('p', { className: 'proposal-partnership' }),
        element('p', { className: 'proposal-votes' }),
      ]);
      item.querySelectorAll('[data-i18n]').forEach((node) => {
        node.textContent = t(node.dataset.i18n);
      });
      this.#decorate(item, proposal);
      this.#items.set(proposal.proposalId, item);
    }
    this.#fill(item, proposal);
    this.#update(item, proposal);
    return item;
  }

  #fill(item, proposal) {
    const room = this.#room;
    const withdrawn = proposal.status === PROPOSAL_WITHDRAWN;
    item.dataset.status = proposal.status;
    item.classList.toggle('is-withdrawn', withdrawn);
    item.querySelector('.proposal-withdrawn').hidden = !withdrawn;
    setText(item.querySelector('.proposal-title'), proposal.title);
    const priority = item.querySelector('.proposal-priority');
    priority.hidden = proposal.priority == null;
    item.dataset.priority = proposal.priority == null ? '' : String(proposal.priority);
    setText(priority, proposal.priority == null ? '' : t('proposals.priority', { rank: proposal.priority }));

    const description = item.querySelector('.proposal-description');
    description.hidden = !proposal.description;
    setText(description, proposal.description ?? '');

    const lead = item.querySelector('.proposal-lead');
    lead.hidden = !proposal.leadOrganisationId;
    setText(lead, proposal.leadOrganisationId
      ? t('proposals.lead', { organisation: room.organisationName(proposal.leadOrganisationId) || t('organisation.unknown') })
      : '');
    setText(item.querySelector('.proposal-proposer'), this.#proposerText(proposal));

    const derived = [
      ...proposal.derivedFromClusters.map((clusterId) => {
        const cluster = room.clusters.get(clusterId);
        return element('li', { className: 'derived-cluster', attributes: { 'data-cluster-id': clusterId } }, [
          cluster ? t('proposals.fromCluster', { title: cluster.title, phase: t(`phase.${cluster.phase}`) })
            : t('proposals.clusterGone'),
        ]);
      }),
      ...proposal.derivedFrom.map((ideaId) => {
        const idea = room.ideas.get(ideaId);
        return element('li', { className: 'derived-idea', attributes: { 'data-idea-id': ideaId } }, [
          idea ? t('proposals.fromIdea', { text: excerpt(idea.text), phase: t(`phase.${idea.phase}`) })
            : t('proposals.ideaGone'),
        ]);
      }),
    ];
    item.querySelector('.proposal-sources').hidden = derived.length === 0;
    replaceIfChanged(item.querySelector('.proposal-derived'), derived);

    const conditions = proposal.conditions ?? {};
    const given = CONDITIONS.filter((name) => conditions[name]);
    replaceIfChanged(item.querySelector('.proposal-conditions'), given.map((name) =>
      element('div', { className: 'condition', attributes: { 'data-condition': name } }, [
        element('dt', { text: t(`proposals.condition.${name}`) }),
        element('dd', { text: conditions[name] }),
      ])));
    item.querySelector('.proposal-no-conditions').hidden = given.length > 0;
    item.querySelector('.proposal-conditions-box > .proposal-label').hidden = given.length === 0;
    item.querySelector('.proposal-conditions').hidden = given.length === 0;

    const committed = proposal.commitments.map((c) => c.organisationId);
    const commitments = item.querySelector('.proposal-commitments');
    commitments.dataset.organisations = committed.join(' ');
    setText(commitments, committed.length > 0
      ? plural('proposals.committed', committed.length, { names: organisationNames(room, committed) })
      : t('proposals.noCommitment'));

    const partnership = room.partnershipOf(proposal);
    const line = item.querySelector('.proposal-partnership');
    line.hidden = !proposal.partnershipId;
    line.dataset.partnershipId = proposal.partnershipId ?? '';
    setText(line, proposal.partnershipId ? t('proposals.partnership', {
      names: organisationNames(room, partnership?.organisationIds ?? committed),
      strength: partnershipStrength(room, partnership),
    }) : '');

    const votes = item.querySelector('.proposal-votes');
    // Once REALIZATION is over, a row of zeros would only be noise.
    votes.hidden = !room.showsVotes('REALIZATION') || withdrawn || (room.phase !== 'REALIZATION' && !proposal.votes);
    votes.dataset.votes = String(proposal.votes ?? 0);
    setText(votes, plural('ideas.votes', proposal.votes ?? 0));
  }

  #proposerText(proposal) {
    if (proposal.proposer) {
      const name = this.#room.participants.get(proposal.proposer)?.displayName || t('ideas.unknownAuthor');
      const organisation = this.#room.organisationName(proposal.proposerOrganisationId);
      return organisation ? t('proposals.proposedByOf', { name, organisation }) : t('proposals.proposedBy', { name });
    }
    if (proposal.proposerOrganisationId) {
      return t('proposals.proposedByOrganisation', {
        organisation: this.#room.organisationName(proposal.proposerOrganisationId) || t('organisation.unknown'),
      });
    }
    // Without a proposer: the facilitator proposed it, unless REALIZATION is anonymous (then nobody is named).
    return this.#room.settingsOf('REALIZATION').anonymous ? '' : t('proposals.proposedByRoom');
  }
}

/** Replaces a small list's children only when what it says changed, so screen readers are not told it twice. */
function replaceIfChanged(parent, nodes) {
  const signature = nodes.map((node) => `${node.dataset.condition ?? ''}|${node.textContent}`).join('\n');
  if (parent.dataset.signature !== signature) {
    parent.replaceChildren(...nodes);
    parent.dataset.signature = signature;
  }
}
