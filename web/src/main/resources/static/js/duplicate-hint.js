import { t } from './i18n.js';
import { nearestIdea } from './near-duplicate.js';
import { element, setText } from './ui.js';

const PAUSE_MS = 300;

/**
 * "Une idée proche existe déjà", with that idea, under the idea being written: said as soon as the
 * author pauses, and, if they send before it could be said, instead of sending once. The post
 * button then reads "Publier quand même"; the idea can be shown in the list.
 */
export class DuplicateHint {
  #field;
  #region;
  #submit;
  #room;
  #shown = null;
  #timer = null;

  /** field: the textarea; region: an always-present live region; submit: the post button. */
  constructor({ field, region, submit, room }) {
    this.#field = field;
    this.#region = region;
    this.#submit = submit;
    this.#room = room;
    field.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#check(), PAUSE_MS);
    });
  }

  /** True when the post must wait: a near idea the author was not told of yet, now told. */
  holdsBack() {
    clearTimeout(this.#timer);
    const before = this.#shown;
    const nearest = this.#check();
    return nearest !== null && nearest.ideaId !== before?.ideaId;
  }

  clear() {
    clearTimeout(this.#timer);
    this.#show(null);
  }

  /** Again in the page's language. */
  render() {
    const shown = this.#shown;
    this.#shown = null;
    this.#show(shown);
  }

  #check() {
    const candidates = this.#room.ideasOf(this.#room.phase).filter((idea) => idea.text);
    const nearest = nearestIdea(this.#field.value, candidates);
    this.#show(nearest);
    return nearest;
  }

  #show(idea) {
    if (idea?.ideaId === this.#shown?.ideaId && idea?.text === this.#shown?.text) {
      return;
    }
    this.#shown = idea;
    setText(this.#submit, t(idea ? 'participant.postAnyway' : 'participant.post'));
    if (!idea) {
      this.#region.replaceChildren();
      return;
    }
    const show = element('button', { className: 'secondary', text: t('nearDuplicate.show'), attributes: { type: 'button' } });
    show.addEventListener('click', () => showIdea(idea.ideaId));
    this.#region.replaceChildren(
      element('p', { className: 'near-duplicate-title', text: t('nearDuplicate.title') }),
      element('blockquote', { className: 'near-duplicate-text', text: idea.text }),
      element('p', { className: 'hint', text: t('nearDuplicate.hint') }),
      show,
    );
  }
}

/** Brings the idea into view in the board's list and puts the keyboard on it. */
function showIdea(ideaId) {
  const item = document.getElementById(`idea-text-${ideaId}`)?.closest('[data-idea-id]');
  if (!item) {
    return;
  }
  item.setAttribute('tabindex', '-1');
  item.scrollIntoView({ block: 'center' });
  item.focus();
}
