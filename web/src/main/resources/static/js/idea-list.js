import { plural, t } from './i18n.js';
import { OPEN_PHASES } from './room.js';
import { element, setText } from './ui.js';

/**
 * The ideas of a room, grouped by phase: the current phase first, then earlier ones, newest first;
 * from the CLUSTER step on, a phase's ideas are grouped under their clusters' titles.
 * Elements are kept per idea and moved only when out of place, so live updates never steal the
 * keyboard focus or wipe an edit in progress.
 */
export class IdeaList {
  #root;
  #room;
  #decorate;
  #update;
  #decorateCluster;
  #updateCluster;
  #groups = new Map();
  #blocks = new Map();
  #items = new Map();

  /**
   * decorate(item, idea) adds the page's buttons to a new idea element;
   * update(item, idea) brings them up to date at every render;
   * decorateCluster(block, cluster) and updateCluster(block, cluster) do the same for a cluster's block.
   */
  constructor(root, room, {
    decorate = () => {}, update = () => {}, decorateCluster = () => {}, updateCluster = () => {},
  } = {}) {
    this.#root = root;
    this.#room = room;
    this.#decorate = decorate;
    this.#update = update;
    this.#decorateCluster = decorateCluster;
    this.#updateCluster = updateCluster;
  }

  render() {
    const byPhase = new Map(OPEN_PHASES.map((phase) => [phase, []]));
    for (const idea of this.#room.ideas.values()) {
      byPhase.get(idea.phase)?.push(idea);
    }
    const usedBlocks = new Set();
    const groups = this.#phaseOrder()
      .filter((phase) => phase === this.#room.phase || byPhase.get(phase).length > 0)
      .map((phase) => this.#renderGroup(phase, byPhase.get(phase).reverse(), usedBlocks));
    placeInOrder(this.#root, groups);

    for (const key of this.#blocks.keys()) {
      if (!usedBlocks.has(key)) {
        this.#blocks.delete(key);
      }
    }
    for (const ideaId of this.#items.keys()) {
      if (!this.#room.ideas.has(ideaId)) {
        this.#items.delete(ideaId);
      }
    }
  }

  #phaseOrder() {
    const current = OPEN_PHASES.indexOf(this.#room.phase);
    const latestFirst = [...OPEN_PHASES].reverse();
    return current < 0 ? latestFirst : [OPEN_PHASES[current], ...latestFirst.filter((p) => p !== OPEN_PHASES[current])];
  }

  #renderGroup(phase, ideas, usedBlocks) {
    let group = this.#groups.get(phase);
    if (!group) {
      const headingId = `ideas-${phase.toLowerCase()}`;
      group = element('section', { className: 'idea-group', attributes: { 'data-phase': phase, 'aria-labelledby': headingId } }, [
        element('h3', { attributes: { id: headingId } }),
        element('p', { className: 'idea-empty', text: t('ideas.empty'), attributes: { 'data-i18n': 'ideas.empty' } }),
        element('div', { className: 'idea-blocks' }),
      ]);
      this.#groups.set(phase, group);
    }
    group.classList.toggle('is-current', phase === this.#room.phase);
    setText(group.querySelector('h3'), t('ideas.group', { phase: t(`phase.${phase}`), count: ideas.length }));
    group.querySelector('.idea-empty').hidden = ideas.length > 0;

    const blocks = [];
    const clusters = this.#room.showsClusters(phase) ? this.#room.clustersOf(phase) : [];
    for (const cluster of clusters) {
      const inCluster = ideas.filter((idea) => idea.clusterId === cluster.clusterId);
      if (inCluster.length > 0) {
        blocks.push(this.#renderBlock(phase, cluster, inCluster, usedBlocks));
      }
    }
    const shown = new Set(clusters.map((cluster) => cluster.clusterId));
    const rest = ideas.filter((idea) => !shown.has(idea.clusterId));
    if (rest.length > 0 || blocks.length === 0) {
      blocks.push(this.#renderBlock(phase, null, rest, usedBlocks, blocks.length > 0));
    }
    placeInOrder(group.querySelector('.idea-blocks'), blocks);
    return group;
  }

  /** One cluster's ideas under its title, or the ideas in no cluster (titled only beside clusters). */
  #renderBlock(phase, cluster, ideas, usedBlocks, titled = true) {
    const key = `${phase}|${cluster?.clusterId ?? ''}`;
    usedBlocks.add(key);
    let block = this.#blocks.get(key);
    if (!block) {
      const headingId = cluster ? `idea-cluster-${cluster.clusterId}` : `ideas-${phase.toLowerCase()}-unclustered`;
      block = element('section', {
        className: cluster ? 'idea-cluster' : 'idea-cluster is-unclustered',
        attributes: { 'aria-labelledby': headingId, ...(cluster ? { 'data-cluster-id': cluster.clusterId } : {}) },
      }, [
        element('h4', { className: 'idea-cluster-title', attributes: { id: headingId } }),
        ...(cluster ? [element('p', { className: 'cluster-votes' })] : []),
        element('ul', { className: 'idea-items', attributes: { role: 'list' } }),
      ]);
      if (cluster) {
        this.#decorateCluster(block, cluster);
      }
      this.#blocks.set(key, block);
    }
    const heading = block.querySelector('h4');
    const title = cluster ? cluster.title : t('ideas.unclustered');
    heading.hidden = !cluster && !titled;
    setText(heading, t('ideas.clusterTitle', { title, count: ideas.length }));
    if (heading.hidden) {
      block.removeAttribute('aria-labelledby');
    } else {
      block.setAttribute('aria-labelledby', heading.id);
    }
    if (cluster) {
      const votes = block.querySelector('.cluster-votes');
      votes.hidden = !this.#room.showsVotes(phase) || (phase !== this.#room.phase && !cluster.votes);
      votes.dataset.votes = String(cluster.votes ?? 0);
      setText(votes, plural('ideas.votes', cluster.votes ?? 0));
      this.#updateCluster(block, cluster);
    }
    placeInOrder(block.querySelector('ul'), ideas.map((idea) => this.#renderIdea(idea)));
    return block;
  }

  #renderIdea(idea) {
    let item = this.#items.get(idea.ideaId);
    if (!item) {
      item = element('li', { className: 'idea', attributes: { 'data-idea-id': idea.ideaId } }, [
        element('p', { className: 'idea-text', attributes: { id: `idea-text-${idea.ideaId}` } }),
        element('p', { className: 'idea-moderation', attributes: { hidden: '' } }),
        element('p', { className: 'idea-meta' }, [
          element('span', { className: 'idea-author' }),
          element('span', { className: 'idea-organisation' }),
          element('span', { className: 'idea-votes' }),
        ]),
      ]);
      this.#decorate(item, idea);
      this.#items.set(idea.ideaId, item);
    }
    setText(item.querySelector('.idea-text'), idea.text);
    renderModeration(item, idea);
    const author = this.#room.isAnonymous(idea) ? t('ideas.anonymous')
      : this.#room.authorName(idea) || t('ideas.unknownAuthor');
    item.classList.toggle('is-anonymous', this.#room.isAnonymous(idea));
    setText(item.querySelector('.idea-author'), author);
    setText(item.querySelector('.idea-organisation'), this.#room.organisationName(idea.organisationId));
    const votes = item.querySelector('.idea-votes');
    // Earlier phases keep their tallies, but a row of zeros there would only be noise.
    votes.hidden = !this.#room.showsVotes(idea.phase) || (idea.phase !== this.#room.phase && !idea.votes);
    votes.dataset.votes = String(idea.votes ?? 0);
    setText(votes, plural('ideas.votes', idea.votes ?? 0));
    this.#update(item, idea);
    return item;
  }
}

/** A held idea says so (only its author and the facilitator see one); a rejected one gives the reason. */
function renderModeration(item, idea) {
  const status = item.querySelector('.idea-moderation');
  const state = idea.moderation ?? 'APPROVED';
  item.classList.toggle('is-pending', state === 'PENDING');
  item.classList.toggle('is-rejected', state === 'REJECTED');
  status.hidden = state === 'APPROVED';
  if (state === 'PENDING') {
    setText(status, t('ideas.pending'));
  } else if (state === 'REJECTED') {
    setText(status, idea.rejectionReason ? t('ideas.rejectedBecause', { reason: idea.rejectionReason })
      : t('ideas.rejected'));
  }
}

/**
 * Makes `parent`'s children exactly `nodes`, in order. Leavers go first, so the nodes that stay
 * keep their place (and their focus) unless the order really changed.
 */
export function placeInOrder(parent, nodes) {
  const wanted = new Set(nodes);
  for (const child of [...parent.children]) {
    if (!wanted.has(child)) {
      child.remove();
    }
  }
  nodes.forEach((node, index) => {
    if (parent.children[index] !== node) {
      parent.insertBefore(node, parent.children[index] ?? null);
    }
  });
}
