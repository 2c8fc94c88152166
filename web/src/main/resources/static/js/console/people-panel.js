import { api, path } from '../api.js';
import { formatSpan } from '../format.js';
import { halfDayState } from '../half-days.js';
import { t } from '../i18n.js';
import { showPersonalCode } from '../personal-code.js';
import { announce, confirmAction, element, setText, showError } from '../ui.js';

const MAX_REASON_LENGTH = 500;
const CHANGES_ATTENDANCE = new Set(['ParticipantAttended', 'ParticipantJoined', 'ParticipantRemoved']);

/**
 * Who is in the room: each person with their organisation, whether they are done with the step and
 * present at the half-day chosen, and what a facilitator may do for or about them (mark present, hand
 * a new personal code, remove from the room with a reason).
 */
export function peoplePanel({ room, workshopId, token, render: renderAll }) {
  const list = document.getElementById('participants');
  const errorNode = document.getElementById('people-error');
  const choice = document.getElementById('attendance-session');
  /** {sessions: [{session, phase, start, end, present: [...]}]} as the server last gave it. */
  let attendance = { sessions: [] };
  let chosen = null;
  let loading = null;

  async function loadAttendance() {
    if (loading) {
      return loading;
    }
    loading = api(path`/api/workshops/${workshopId}/attendance`, { token })
      .then((answer) => {
        attendance = answer;
        renderPanel();
      })
      .catch(() => {}) // presences are a help to the facilitator, read again at the next change
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  /** The half-day shown: the one chosen, else the one under way, else the last begun, else the first. */
  function shownSession() {
    const sessions = attendance.sessions ?? [];
    if (sessions.length === 0) {
      return null;
    }
    if (chosen && sessions.some((s) => s.session === chosen)) {
      return sessions.find((s) => s.session === chosen);
    }
    const state = halfDayState(sessions);
    const begun = sessions.filter((s) => new Date(s.start).getTime() <= Date.now());
    return sessions[state.current] ?? begun[begun.length - 1] ?? sessions[0];
  }

  function renderChoice(session) {
    const sessions = attendance.sessions ?? [];
    document.getElementById('attendance-box').hidden = sessions.length === 0;
    if (!session) {
      return;
    }
    const options = sessions.map((s) => {
      const option = element('option', {
        text: t('attendance.option', { number: s.session, phase: t(`phase.${s.phase}`), when: formatSpan(s.start, s.end) }),
        attributes: { value: String(s.session) },
      });
      option.selected = s.session === session.session;
      return option;
    });
    choice.replaceChildren(...options);
    const present = session.present.filter((p) => room.participants.has(p.participantId)).length;
    setText(document.getElementById('attendance-count'),
      t('attendance.count', { present, total: room.participants.size }));
  }

  function renderPanel() {
    const people = [...room.participants.values()];
    setText(document.getElementById('participant-count'), String(people.length));
    document.getElementById('participants-empty').hidden = people.length > 0;
    const session = shownSession();
    renderChoice(session);
    const presentIds = new Set((session?.present ?? []).map((p) => p.participantId));
    list.replaceChildren(...people.map((person) => row(person, session, presentIds.has(person.participantId))));
  }

  function row(person, session, present) {
    const nameId = `person-${person.participantId}`;
    const described = { 'aria-describedby': nameId };
    const actions = [];
    if (session && !present) {
      const mark = element('button', {
        className: 'secondary small', text: t('attendance.mark'), attributes: { type: 'button', ...described },
      });
      mark.addEventListener('click', () => markPresent(person, session.session));
      actions.push(mark);
    }
    const code = element('button', {
      className: 'secondary small', text: t('people.newCode'), attributes: { type: 'button', ...described },
    });
    code.addEventListener('click', () => handNewCode(person));
    const remove = element('button', {
      className: 'secondary small danger-text', text: t('people.remove'), attributes: { type: 'button', ...described },
    });
    remove.addEventListener('click', () => removePerson(person));
    actions.push(code, remove);
    return element('li', { attributes: { 'data-participant-id': person.participantId } }, [
      element('span', { className: 'participant-name', text: person.displayName, attributes: { id: nameId } }),
      element('span', { className: 'participant-organisation', text: room.organisationName(person.organisationId) }),
      ...(room.ready.has(person.participantId)
        ? [element('span', { className: 'participant-ready', text: t('ready.badge') })] : []),
      ...(session && present
        ? [element('span', { className: 'participant-present', text: t('attendance.present') })] : []),
      element('span', { className: 'participant-actions' }, actions),
    ]);
  }

  async function markPresent(person, session) {
    showError(errorNode, null);
    try {
      await api(path`/api/workshops/${workshopId}/sessions/${session}/attendance/${person.participantId}`,
        { method: 'PUT', token });
      await loadAttendance();
      announce(t('attendance.marked', { name: person.displayName }));
    } catch (error) {
      showError(errorNode, error);
    }
  }

  async function handNewCode(person) {
    const { confirmed } = await confirmAction({
      title: t('people.newCodeTitle', { name: person.displayName }),
      message: t('people.newCodeMessage'),
      confirmLabel: t('people.newCode'),
    });
    if (!confirmed) {
      return;
    }
    showError(errorNode, null);
    try {
      const answer = await api(path`/api/workshops/${workshopId}/participants/${person.participantId}/rejoin-code`,
        { method: 'POST', token });
      const dialog = document.getElementById('code-dialog');
      setText(document.getElementById('code-dialog-title'), t('people.newCodeFor', { name: person.displayName }));
      showPersonalCode({
        code: document.getElementById('new-code'),
        link: document.getElementById('new-code-link'),
        qr: document.getElementById('new-code-qr'),
      }, answer.rejoinCode);
      dialog.showModal();
      document.getElementById('code-dialog-close').focus();
    } catch (error) {
      showError(errorNode, error);
    }
  }

  async function removePerson(person) {
    const { confirmed, value: reason } = await confirmAction({
      title: t('people.removeTitle', { name: person.displayName }),
      message: t('people.removeMessage'),
      confirmLabel: t('people.remove'),
      input: { label: t('people.removeReason'), maxLength: MAX_REASON_LENGTH },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    showError(errorNode, null);
    const url = path`/api/workshops/${workshopId}/participants/${person.participantId}`;
    try {
      await api(reason ? `${url}?${new URLSearchParams({ reason })}` : url, { method: 'DELETE', token });
      room.apply({ type: 'ParticipantRemoved', payload: { participantId: person.participantId, reason } });
      renderAll();
      document.getElementById('participants-title').focus();
      announce(t('people.removed', { name: person.displayName }));
    } catch (error) {
      showError(errorNode, error);
    }
  }

  choice.addEventListener('change', () => {
    chosen = Number(choice.value);
    renderPanel();
  });
  document.getElementById('code-dialog-close').addEventListener('click', () =>
    document.getElementById('code-dialog').close());

  return {
    render: renderPanel,
    load: loadAttendance,
    onMessage(message) {
      if (CHANGES_ATTENDANCE.has(message.type)) {
        loadAttendance();
      }
    },
  };
}
