import { excerpt } from './history-text.js';
import { t } from './i18n.js';
import { OPEN_PHASES } from './room.js';
import { announce, element, setText } from './ui.js';

const CARD_EXCERPT = 70;

/**
 * "S'appuie sur…": the ideas a new idea builds on (its `inspiredBy`). Every card offers to answer
 * it (a critique) or to build on it (a dream, an action) with a new idea, and says what it builds
 * on and what builds on it, with their phases; the idea form lists what the draft builds on, each
 * to unlink, and links more from a list of every idea on the board.
 */
export class BuildsOn {
  #room;
  #links = [];
  #box;
  #chosen;
  #list;
  #picker;
  #textarea;
  #onChange;
  #pickerSignature = '';

  /**
   * chosen: the form's part that lists the links (`list`, an <ul>); box: the part that links more
   * (holding `picker`, a <select>); textarea: where the new idea is written; onChange(): the page
   * renders again.
   */
  constructor(room, { chosen, list, box, picker, textarea, onChange }) {
    this.#room = room;
    this.#chosen = chosen;
    this.#box = box;
    this.#list = list;
    this.#picker = picker;
    this.#textarea = textarea;
    this.#onChange = onChange;
    picker.addEventListener('change', () => {
      const ideaId = picker.value;
      picker.value = '';
      if (ideaId) {
        this.link(ideaId);
        picker.focus();
      }
    });
  }

  /** The ideas the draft builds on, in the order they were linked. */
  ids() {
    return [...this.#links];
  }

  has(ideaId) {
    return this.#links.includes(ideaId);
  }

  link(ideaId) {
    if (!this.has(ideaId)) {
      this.#links.push(ideaId);
      announce(t('buildsOn.linked', { text: this.#name(ideaId) }));
      this.#onChange();
    }
  }

  unlink(ideaId) {
    if (this.has(ideaId)) {
      this.#links = this.#links.filter((id) => id !== ideaId);
      announce(t('buildsOn.unlinked', { text: this.#name(ideaId) }));
      this.#onChange();
    }
  }

  /** The idea is posted: the next one starts free. */
  clear() {
    this.#links = [];
  }

  /**
   * Adds to a card what it builds on and what builds on it, and to its row of `actions` the button
   * that starts an idea on it.
   */
  decorate(item, idea, actions) {
    item.id = `idea-${idea.ideaId}`;
    item.tabIndex = -1;
    const button = element('button', {
      className: 'secondary build-on-button',
      attributes: { type: 'button', 'aria-describedby': `idea-text-${idea.ideaId}` },
    });
    button.addEventListener('click', () => {
      if (this.has(idea.ideaId)) {
        this.unlink(idea.ideaId);
        return;
      }
      this.link(idea.ideaId);
      // Straight to the writing: the form says what the new idea answers.
      this.#textarea.focus();
    });
    item.querySelector('.idea-meta').after(element('ul', { className: 'idea-relations', attributes: { role: 'list' } }));
    actions.append(button);
  }

  /** Brings a card's relations and its button up to date; `open`: new ideas may be posted now. */
  update(item, idea, open) {
    const relations = [
      ...this.#room.inspirationsOf(idea).map((source) => this.#relation('buildsOn', source.ideaId, source.idea)),
      ...this.#room.ideasBuildingOn(idea.ideaId).map((later) => this.#relation('takenUpBy', later.ideaId, later)),
    ];
    const list = item.querySelector(':scope > .idea-relations');
    replaceIfChanged(list, relations);
    list.hidden = relations.length === 0;

    const linked = this.has(idea.ideaId);
    item.classList.toggle('is-linked', linked && open);
    const button = item.querySelector('.build-on-button');
    button.hidden = !open;
    const key = linked ? 'buildsOn.unlinkCard' : idea.phase === 'CRITIQUE' ? 'buildsOn.answer' : 'buildsOn.extend';
    setText(button, t(key));
    button.dataset.i18n = key;
    button.setAttribute('aria-pressed', String(linked));
  }

  /** The form's list of what the draft builds on, and the list to link more from. */
  renderForm(open) {
    this.#box.hidden = !open;
    replaceIfChanged(this.#list, this.#links.map((ideaId) => this.#linkItem(ideaId)));
    this.#chosen.hidden = !open || this.#links.length === 0;
    this.#renderPicker();
  }

  #linkItem(ideaId) {
    const idea = this.#room.ideas.get(ideaId);
    const name = this.#name(ideaId);
    const unlink = element('button', {
      className: 'link unlink-button', text: t('buildsOn.unlink'),
      attributes: { type: 'button', 'aria-label': t('buildsOn.unlinkLabel', { text: name }) },
    });
    unlink.addEventListener('click', () => {
      const after = this.#links[this.#links.indexOf(ideaId) + 1];
      this.unlink(ideaId);
      // The keyboard stays in the list: on the next link, else on the list to link more.
      const next = after ? this.#list.querySelector(`li[data-idea-id="${CSS.escape(after)}"] button`) : null;
      (next ?? this.#picker).focus();
    });
    return element('li', { attributes: { 'data-idea-id': ideaId, 'data-phase': idea?.phase ?? '' } }, [
      element('span', { className: 'draft-link-text', text: this.#described(idea) }),
      unlink,
    ]);
  }

  /** One line of a card: "S'appuie sur « … » (Critique)", the idea a link to its own card. */
  #relation(kind, ideaId, idea) {
    const label = element('span', { className: 'relation-label', text: t(`buildsOn.${kind}`) });
    if (!idea) {
      return element('li', { className: 'relation', attributes: { 'data-relation': kind, 'data-idea-id': ideaId } },
        [label, ' ', element('span', { className: 'relation-unseen', text: t('buildsOn.unseen') })]);
    }
    const link = element('a', {
      className: 'relation-idea', text: t('buildsOn.quoted', { text: excerpt(idea.text, CARD_EXCERPT) }),
      attributes: { href: `#idea-${ideaId}` },
    });
    link.addEventListener('click', (event) => {
      const card = document.getElementById(`idea-${ideaId}`);
      if (card) {
        event.preventDefault();
        card.scrollIntoView({ block: 'center' });
        card.focus({ preventScroll: true });
      }
    });
    return element('li', {
      className: 'relation', attributes: { 'data-relation': kind, 'data-idea-id': ideaId, 'data-phase': idea.phase },
    }, [label, ' ', link, ' ', element('span', { className: 'relation-phase', text: t('buildsOn.phase', {
      phase: t(`phase.${idea.phase}`),
    }) })]);
  }

  /** Every idea of the board not linked yet, by phase, the latest phase first. */
  #renderPicker() {
    const groups = [...OPEN_PHASES].reverse().map((phase) => ({
      phase,
      ideas: this.#room.ideasOf(phase).filter((idea) => !this.has(idea.ideaId)),
    })).filter((group) => group.ideas.length > 0);
    const signature = `${t('buildsOn.pick')}|${groups.map((group) =>
      `${group.phase}:${group.ideas.map((idea) => `${idea.ideaId}=${idea.text}`).join(',')}`).join(';')}`;
    this.#picker.disabled = groups.length === 0;
    if (signature === this.#pickerSignature) {
      return; // an open list is left alone while nothing in it changed
    }
    this.#pickerSignature = signature;
    this.#picker.replaceChildren(
      element('option', { text: t('buildsOn.pick'), attributes: { value: '' } }),
      ...groups.map((group) => element('optgroup', { attributes: { label: t(`phase.${group.phase}`) } },
        group.ideas.map((idea) => element('option', {
          text: excerpt(idea.text, CARD_EXCERPT), attributes: { value: idea.ideaId },
        })))),
    );
  }

  #described(idea) {
    return idea ? t('buildsOn.described', { text: excerpt(idea.text, CARD_EXCERPT), phase: t(`phase.${idea.phase}`) })
      : t('buildsOn.unseen');
  }

  #name(ideaId) {
    const idea = this.#room.ideas.get(ideaId);
    return idea ? excerpt(idea.text, CARD_EXCERPT) : t('buildsOn.unseen');
  }
}

/** Replaces a list's items only when what they say changed, so a focused link or button stays put. */
function replaceIfChanged(parent, nodes) {
  const signature = nodes.map((node) => `${node.dataset.relation ?? ''}|${node.dataset.ideaId ?? ''}|${node.textContent}`)
    .join('\n');
  if (parent.dataset.signature !== signature) {
    parent.dataset.signature = signature;
    parent.replaceChildren(...nodes);
  }
}
