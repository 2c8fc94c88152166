import { api, path } from '../api.js';
import { plural, t } from '../i18n.js';
import { placeInOrder } from '../idea-list.js';
import { announce, element, setText, showError } from '../ui.js';

const MAX_REASON_LENGTH = 500;

/**
 * The ideas of a moderated phase waiting for the facilitator, oldest first: approve, or reject
 * with a reason. Each is one keyboard stop for each action; the reason is asked in the row itself.
 */
export function moderationPanel({ room, workshopId, token, render, refresh }) {
  const panel = document.getElementById('moderation-panel');
  const list = document.getElementById('moderation-list');
  const count = document.getElementById('moderation-count');
  const moderationError = document.getElementById('moderation-error');
  const rows = new Map();

  function waiting() {
    return [...room.ideas.values()].filter((idea) => idea.moderation === 'PENDING');
  }

  async function decide(ideaId, action, body, focusAfter) {
    showError(moderationError, null);
    try {
      await api(path`/api/workshops/${workshopId}/ideas/${ideaId}/${action}`, { method: 'POST', token, body });
      announce(t(action === 'approve' ? 'moderation.approved' : 'moderation.rejected'));
      // Shown at once, as the live message that follows will say it.
      const idea = room.ideas.get(ideaId);
      if (idea && action === 'approve') {
        room.apply({ type: 'IdeaApproved', payload: {
          ideaId, text: idea.text, author: idea.participantId, organisationId: idea.organisationId, phase: idea.phase,
          inspiredBy: idea.inspiredBy,
        } });
      } else if (idea) {
        room.apply({ type: 'IdeaRejected', payload: { ideaId } });
      }
    } catch (error) {
      showError(moderationError, error);
      if (error.status === 409 || error.status === 404) {
        refresh();
      }
    } finally {
      render();
      focusAfter();
    }
  }

  /** After a decision the focus goes to the next waiting idea, or to the panel's heading. */
  function focusNext() {
    const next = list.querySelector('.moderation-approve');
    (next ?? document.getElementById('moderation-title')).focus();
  }

  function row(idea) {
    let item = rows.get(idea.ideaId);
    if (!item) {
      const reasonId = `moderation-reason-${idea.ideaId}`;
      const textId = `moderation-text-${idea.ideaId}`;
      const reason = element('input', {
        className: 'moderation-reason',
        attributes: {
          id: reasonId, type: 'text', maxlength: String(MAX_REASON_LENGTH), autocomplete: 'off', 'aria-describedby': textId,
        },
      });
      const approve = element('button', {
        className: 'moderation-approve primary', attributes: { type: 'button', 'aria-describedby': textId },
      });
      const reject = element('button', {
        className: 'moderation-reject', attributes: { type: 'submit', 'aria-describedby': textId },
      });
      const form = element('form', { className: 'moderation-reject-form', attributes: { novalidate: '' } }, [
        element('label', { className: 'moderation-reason-label', attributes: { for: reasonId } }),
        reason,
        reject,
      ]);
      item = element('li', { className: 'moderation-item', attributes: { 'data-idea-id': idea.ideaId } }, [
        element('p', { className: 'idea-text moderation-text', attributes: { id: textId } }),
        element('p', { className: 'idea-meta moderation-author' }),
        approve,
        form,
      ]);
      approve.addEventListener('click', () => decide(idea.ideaId, 'approve', {}, focusNext));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = reason.value.trim();
        if (!text) {
          showError(moderationError, new Error(t('moderation.reasonRequired')));
          reason.focus();
          return;
        }
        decide(idea.ideaId, 'reject', { reason: text }, focusNext);
      });
      rows.set(idea.ideaId, item);
    }
    setText(item.querySelector('.moderation-text'), idea.text ?? '');
    setText(item.querySelector('.moderation-author'), room.authorName(idea) || t('ideas.unknownAuthor'));
    setText(item.querySelector('.moderation-reason-label'), t('moderation.reason'));
    setText(item.querySelector('.moderation-approve'), t('moderation.approve'));
    setText(item.querySelector('.moderation-reject'), t('moderation.reject'));
    return item;
  }

  function renderModeration() {
    const ideas = waiting();
    panel.hidden = ideas.length === 0;
    for (const ideaId of [...rows.keys()]) {
      if (!ideas.some((idea) => idea.ideaId === ideaId)) {
        rows.delete(ideaId);
      }
    }
    setText(count, plural('moderation.count', ideas.length));
    placeInOrder(list, ideas.map(row));
  }

  return { render: renderModeration };
}
