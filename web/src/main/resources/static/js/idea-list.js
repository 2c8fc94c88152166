import { t } from './i18n.js';
import { OPEN_PHASES } from './room.js';
import { element, setText } from './ui.js';

/**
 * The ideas of a room, grouped by phase: the current phase first, then earlier ones, newest first.
 * Elements are kept per idea and moved only when out of place, so live updates never steal the
 * keyboard focus or wipe an edit in progress.
 */
export class IdeaList {
  #root;
  #room;
  #decorate;
  #groups = new Map();
  #items = new Map();

  /** decorate(item, idea) adds the page's buttons to a new idea element. */
  constructor(root, room, { decorate = () => {} } = {}) {
    this.#root = root;
    this.#room = room;
    this.#decorate = decorate;
  }

  render() {
    const byPhase = new Map(OPEN_PHASES.map((phase) => [phase, []]));
    for (const idea of this.#room.ideas.values()) {
      byPhase.get(idea.phase)?.push(idea);
    }
    const groups = this.#phaseOrder()
      .filter((phase) => phase === this.#room.phase || byPhase.get(phase).length > 0)
      .map((phase) => this.#renderGroup(phase, byPhase.get(phase).reverse()));
    placeInOrder(this.#root, groups);

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

  #renderGroup(phase, ideas) {
    let group = this.#groups.get(phase);
    if (!group) {
      const headingId = `ideas-${phase.toLowerCase()}`;
      group = element('section', { className: 'idea-group', attributes: { 'data-phase': phase, 'aria-labelledby': headingId } }, [
        element('h3', { attributes: { id: headingId } }),
        element('p', { className: 'idea-empty', text: t('ideas.empty'), attributes: { 'data-i18n': 'ideas.empty' } }),
        element('ul', { className: 'idea-items', attributes: { role: 'list' } }),
      ]);
      this.#groups.set(phase, group);
    }
    group.classList.toggle('is-current', phase === this.#room.phase);
    setText(group.querySelector('h3'), t('ideas.group', { phase: t(`phase.${phase}`), count: ideas.length }));
    group.querySelector('.idea-empty').hidden = ideas.length > 0;
    placeInOrder(group.querySelector('ul'), ideas.map((idea) => this.#renderIdea(idea)));
    return group;
  }

  #renderIdea(idea) {
    let item = this.#items.get(idea.ideaId);
    if (!item) {
      item = element('li', { className: 'idea', attributes: { 'data-idea-id': idea.ideaId } }, [
        element('p', { className: 'idea-text' }),
        element('p', { className: 'idea-meta' }, [
          element('span', { className: 'idea-author' }),
          element('span', { className: 'idea-organisation' }),
        ]),
      ]);
      this.#decorate(item, idea);
      this.#items.set(idea.ideaId, item);
    }
    setText(item.querySelector('.idea-text'), idea.text);
    setText(item.querySelector('.idea-author'), this.#room.authorName(idea) || t('ideas.unknownAuthor'));
    setText(item.querySelector('.idea-organisation'), this.#room.organisationName(idea.organisationId));
    return item;
  }
}

/**
 * Makes `parent`'s children exactly `nodes`, in order. Leavers go first, so the nodes that stay
 * keep their place (and their focus) unless the order really changed.
 */
function placeInOrder(parent, nodes) {
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
