import { api, path, retried } from './api.js';
import { evaluatorToken, keepEvaluatorToken, tokenFromInput } from './evaluator-access.js';
import { formatDay } from './format.js';
import { readIdentity } from './identity.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { placeInOrder } from './idea-list.js';
import { followWorkshop, LiveState } from './live.js';
import { excerpt, organisationNames } from './proposals.js';
import { organisationLoader, PROPOSAL_OPEN, Room } from './room.js';
import {
  announce, element, newId, queryParameter, readJsonStorage, setText, showConnection, showError, showPhase,
} from './ui.js';

// The follow-up board, the "atelier permanent": after the workshop (and from REALIZATION on), the
// actions agreed on its projects, who carries them, by when, and where they stand. Participants of
// committed organisations and the facilitator agree and update them; evaluators read them.

const STATUSES = ['PLANNED', 'UNDER_WAY', 'DONE', 'DROPPED'];
const MAX_WHAT = 500;

const workshopId = queryParameter('workshop');
const room = new Room();
const connection = document.getElementById('connection');
const proposalsRoot = document.getElementById('follow-up-proposals');
const sections = new Map();
const actionItems = new Map();
/** Agreements whose answer never came, by proposal: sent again with the same actionId while unchanged. */
const pendingAgreements = new Map();
let connectionState = LiveState.CONNECTING;
let access = null;
let live = null;
let loadOrganisations = () => {};

/**
 * Who reads this page, from what this browser keeps: a participant of this device, the facilitator of
 * this device, or an evaluator (key given in the link's fragment, kept in this tab and taken out of
 * the address bar, or typed here). Null: nobody yet.
 */
function findAccess() {
  const participant = readIdentity(workshopId);
  if (participant?.token) {
    return { role: 'participant', token: participant.token, participantId: participant.participantId };
  }
  const facilitator = readJsonStorage(localStorage, `atelier.facilitator.${workshopId}`);
  if (facilitator?.facilitatorToken) {
    return { role: 'facilitator', token: facilitator.facilitatorToken };
  }
  const evaluator = evaluatorToken(workshopId);
  return evaluator ? { role: 'evaluator', token: evaluator } : null;
}

function myOrganisation() {
  return access?.role === 'participant' ? room.organisationOf(access.participantId) : undefined;
}

/** Follow-up is agreed from REALIZATION on, on a standing proposal, by its committed organisations and the facilitator. */
function mayAct(proposal) {
  if (!(room.phase === 'REALIZATION' || room.phase === 'CLOSED') || proposal.status !== PROPOSAL_OPEN) {
    return false;
  }
  if (access.role === 'facilitator') {
    return true;
  }
  const organisation = myOrganisation();
  return access.role === 'participant' && Boolean(organisation)
    && proposal.commitments.some((c) => c.organisationId === organisation);
}

/** The projects that have someone committed, or actions: the ones with a follow-up. */
function followedProposals() {
  return [...room.proposals.values()].filter((proposal) =>
    (proposal.status === PROPOSAL_OPEN && proposal.commitments.length > 0) || proposal.actions.length > 0);
}

function render() {
  document.title = t('followUp.documentTitle', { title: room.title });
  setText(document.getElementById('workshop-title'), room.title);
  setText(document.getElementById('workshop-theme'), room.theme);
  showPhase(document.getElementById('phase'), room.phase);
  setText(document.getElementById('role-note'), t(`followUp.role.${access.role}`));
  const started = room.phase === 'REALIZATION' || room.phase === 'CLOSED';
  document.getElementById('not-yet').hidden = started;

  const followed = followedProposals();
  const actions = followed.flatMap((proposal) => proposal.actions);
  document.getElementById('follow-up-empty').hidden = !started || followed.length > 0;
  const counts = STATUSES.map((status) => [status, actions.filter((a) => a.status === status).length])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => t('followUp.countOf', { count, status: t(`action.status.${status}`) }));
  setText(document.getElementById('follow-up-summary'), actions.length === 0 ? ''
    : t('followUp.summary', { actions: plural('followUp.actions', actions.length), counts: counts.join(', ') }));

  placeInOrder(proposalsRoot, followed.map(proposalSection));
  const shown = new Set(followed.map((p) => p.proposalId));
  for (const id of sections.keys()) {
    if (!shown.has(id)) {
      sections.delete(id);
    }
  }
}

function proposalSection(proposal) {
  let section = sections.get(proposal.proposalId);
  const id = proposal.proposalId;
  if (!section) {
    section = element('section', {
      className: 'card follow-up-proposal', attributes: { 'data-proposal-id': id, 'aria-labelledby': `fu-title-${id}` },
    }, [
      element('h2', { className: 'fu-title', attributes: { id: `fu-title-${id}` } }),
      element('p', { className: 'fu-committed hint' }),
      element('ul', { className: 'action-list', attributes: { role: 'list' } }),
      element('p', { className: 'fu-no-action hint', text: t('followUp.noAction'), attributes: { 'data-i18n': 'followUp.noAction' } }),
      agreeBox(proposal),
    ]);
    sections.set(id, section);
  }
  setText(section.querySelector('.fu-title'), proposal.title);
  const committed = proposal.commitments.map((c) => c.organisationId);
  setText(section.querySelector('.fu-committed'), committed.length > 0
    ? plural('proposals.committed', committed.length, { names: organisationNames(room, committed) })
    : t('proposals.noCommitment'));
  section.querySelector('.fu-no-action').hidden = proposal.actions.length > 0;
  placeInOrder(section.querySelector('.action-list'), proposal.actions.map((action) => actionItem(proposal, action)));
  const allowed = mayAct(proposal);
  const box = section.querySelector('.agree-box');
  box.hidden = !allowed;
  if (allowed) {
    renderOrganisationChoice(box.querySelector('select'), committed);
  }
  return section;
}

/** The form that agrees an action: which committed organisation does what, by when. */
function agreeBox(proposal) {
  const id = proposal.proposalId;
  const field = (name) => `agree-${id}-${name}`;
  const organisation = element('select', { attributes: { id: field('who'), name: 'organisationId' } });
  const what = element('textarea', {
    attributes: { id: field('what'), name: 'what', rows: '2', maxlength: String(MAX_WHAT), 'aria-describedby': field('what-hint') },
  });
  const due = element('input', { attributes: { id: field('due'), name: 'due', type: 'date', 'aria-describedby': field('due-hint') } });
  const submit = element('button', {
    className: 'primary agree-submit', text: t('followUp.agree'), attributes: { type: 'submit', 'data-i18n': 'followUp.agree' },
  });
  const error = element('p', { className: 'alert', attributes: { role: 'alert' } });
  const label = (forId, key) => element('label', { text: t(key), attributes: { for: forId, 'data-i18n': key } });
  const hint = (hintId, key) => element('p', { className: 'hint', text: t(key), attributes: { id: hintId, 'data-i18n': key } });
  const form = element('form', { className: 'agree-form', attributes: { novalidate: '' } }, [
    label(field('who'), 'followUp.who'), organisation,
    label(field('what'), 'followUp.what'), hint(field('what-hint'), 'followUp.whatHint'), what,
    label(field('due'), 'followUp.due'), hint(field('due-hint'), 'followUp.dueHint'), due,
    element('div', { className: 'button-row' }, [submit]),
    error,
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(error, null);
    const body = { organisationId: organisation.value, what: what.value.trim(), ...(due.value ? { due: due.value } : {}) };
    if (!body.what) {
      showError(error, { detail: t('followUp.whatRequired') });
      what.focus();
      return;
    }
    const content = JSON.stringify(body);
    if (pendingAgreements.get(id)?.content !== content) {
      pendingAgreements.set(id, { actionId: newId(), content });
    }
    const { actionId } = pendingAgreements.get(id);
    submit.disabled = true;
    try {
      await retried(() => api(path`/api/proposals/${id}/actions`, { method: 'POST', token: access.token, body: { actionId, ...body } }));
      pendingAgreements.delete(id);
      // Shown at once; the ActionAgreed message that follows sets the same action.
      room.apply({ type: 'ActionAgreed', payload: {
        proposalId: id, actionId, ...body, status: 'PLANNED', at: new Date().toISOString(),
      } });
      what.value = '';
      due.value = '';
      render();
      announce(t('announce.actionAgreed', { what: excerpt(body.what) }));
    } catch (failure) {
      if (!failure.transient) {
        pendingAgreements.delete(id);
      }
      showError(error, failure);
      if (failure.status === 409) {
        live?.refresh();
      }
    } finally {
      submit.disabled = false;
      what.focus();
    }
  });
  return element('details', { className: 'agree-box' }, [
    element('summary', { text: t('followUp.agreeHeading'), attributes: { 'data-i18n': 'followUp.agreeHeading' } }),
    form,
  ]);
}

/** The committed organisations to carry an action, this participant's own first chosen. */
function renderOrganisationChoice(select, committed) {
  const options = committed.map((id) => [id, room.organisationName(id) || t('organisation.unknown')]);
  const signature = JSON.stringify(options);
  if (select.dataset.signature === signature) {
    return;
  }
  const chosen = select.value || myOrganisation() || committed[0] || '';
  select.replaceChildren(...options.map(([value, text]) => element('option', { text, attributes: { value } })));
  select.dataset.signature = signature;
  if (committed.includes(chosen)) {
    select.value = chosen;
  }
}

function actionItem(proposal, action) {
  let item = actionItems.get(action.actionId);
  const whatId = `action-what-${action.actionId}`;
  if (!item) {
    const select = element('select', { className: 'status-select', attributes: { id: `action-status-${action.actionId}` } });
    select.addEventListener('change', () => {
      select.dataset.edited = 'true';
    });
    const save = element('button', {
      className: 'secondary status-save', text: t('followUp.update'),
      attributes: { type: 'button', 'data-i18n': 'followUp.update', 'aria-describedby': whatId },
    });
    save.addEventListener('click', () => updateStatus(proposal.proposalId, action.actionId, select, save));
    item = element('li', { className: 'action', attributes: { 'data-action-id': action.actionId } }, [
      element('p', { className: 'action-what', attributes: { id: whatId } }),
      element('p', { className: 'action-meta' }, [
        element('span', { className: 'action-organisation' }),
        element('span', { className: 'action-due' }),
        element('span', { className: 'action-status' }),
      ]),
      element('div', { className: 'action-edit' }, [
        element('label', {
          text: t('followUp.status'), attributes: { for: select.id, 'data-i18n': 'followUp.status' },
        }),
        element('div', { className: 'inline-field' }, [select, save]),
      ]),
      element('p', { className: 'alert action-error', attributes: { role: 'alert' } }),
    ]);
    actionItems.set(action.actionId, item);
  }
  item.dataset.status = action.status;
  setText(item.querySelector('.action-what'), action.what);
  setText(item.querySelector('.action-organisation'), room.organisationName(action.organisationId) || t('organisation.unknown'));
  setText(item.querySelector('.action-due'), action.due ? t('followUp.dueOn', { date: formatDay(action.due) }) : t('followUp.noDue'));
  const status = item.querySelector('.action-status');
  status.dataset.status = action.status;
  setText(status, t(`action.status.${action.status}`));
  const edit = item.querySelector('.action-edit');
  edit.hidden = !mayAct(proposal);
  const select = item.querySelector('.status-select');
  const signature = STATUSES.map((s) => t(`action.status.${s}`)).join('|');
  if (select.dataset.signature !== signature) {
    const value = select.value;
    select.replaceChildren(...STATUSES.map((s) => element('option', { text: t(`action.status.${s}`), attributes: { value: s } })));
    select.dataset.signature = signature;
    if (value) {
      select.value = value;
    }
  }
  // What someone is about to choose stays; otherwise the list shows where the action stands.
  if (select.dataset.edited !== 'true' && select.value !== action.status) {
    select.value = action.status;
  }
  return item;
}

async function updateStatus(proposalId, actionId, select, button) {
  const item = actionItems.get(actionId);
  const error = item.querySelector('.action-error');
  showError(error, null);
  const status = select.value;
  button.disabled = true;
  try {
    const updated = await api(path`/api/proposals/${proposalId}/actions/${actionId}`, {
      method: 'PATCH', token: access.token, body: { status },
    });
    // Shown at once; the ActionUpdated message that follows sets the same.
    const action = room.proposals.get(proposalId)?.actions.find((a) => a.actionId === actionId);
    room.apply({ type: 'ActionUpdated', payload: {
      proposalId, actionId, what: action?.what, due: action?.due ?? null,
      status: updated?.status ?? status, at: updated?.updatedAt ?? new Date().toISOString(),
    } });
    delete select.dataset.edited;
    render();
    const what = room.proposals.get(proposalId)?.actions.find((a) => a.actionId === actionId)?.what ?? '';
    announce(t('announce.actionUpdated', { what: excerpt(what), status: t(`action.status.${status}`) }));
  } catch (failure) {
    showError(error, failure);
    if (failure.status === 409 || failure.status === 404) {
      live?.refresh();
    }
  } finally {
    button.disabled = false;
  }
}

function start() {
  document.getElementById('no-access').hidden = true;
  document.getElementById('follow-up').hidden = false;
  connection.hidden = false;
  showConnection(connection, connectionState);
  const back = document.getElementById('back-link');
  const backTo = { participant: '/participant.html', facilitator: '/facilitator.html' }[access.role];
  back.hidden = !backTo;
  if (backTo) {
    back.href = `${backTo}?workshop=${encodeURIComponent(workshopId)}`;
    setText(back, t(`followUp.back.${access.role}`));
  }
  loadOrganisations = organisationLoader(room, access.token, render);
  live = followWorkshop({
    workshopId,
    token: access.token,
    onSync: (snapshot) => {
      room.load(snapshot);
      showError(document.getElementById('live-error'), null);
      render();
      loadOrganisations();
    },
    onMessage: (message) => {
      room.apply(message);
      render();
      loadOrganisations();
    },
    onState: (state) => {
      connectionState = state;
      showConnection(connection, state);
    },
    onError: (error) => showError(document.getElementById('live-error'), error),
  });
}

document.getElementById('key-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('evaluator-key');
  const error = document.getElementById('key-error');
  showError(error, null);
  // The key alone, or the whole evaluator link the facilitator handed over.
  const key = tokenFromInput(input.value);
  if (!key) {
    showError(error, { detail: t('followUp.keyRequired') });
    input.focus();
    return;
  }
  try {
    await api(path`/api/workshops/${workshopId}/actions`, { token: key });
    keepEvaluatorToken(workshopId, key);
    input.value = '';
    access = { role: 'evaluator', token: key };
    start();
  } catch (failure) {
    showError(error, failure);
    input.focus();
  }
});

onLanguageChange(() => {
  if (access) {
    showConnection(connection, connectionState);
    const back = document.getElementById('back-link');
    if (!back.hidden) {
      setText(back, t(`followUp.back.${access.role}`));
    }
    render();
  }
});

await initI18n();
access = workshopId ? findAccess() : null;
if (access) {
  start();
} else {
  document.getElementById('no-access').hidden = false;
}
