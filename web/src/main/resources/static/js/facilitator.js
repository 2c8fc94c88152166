import { api, path } from './api.js';
import { clusterPanel } from './console/cluster-panel.js';
import { FACILITATOR_PREFIX, startCreating } from './console/create.js';
import { excerpt } from './console/excerpt.js';
import { facilitatorsPanel } from './console/facilitators-panel.js';
import { joinPanel } from './console/join-panel.js';
import { moderationPanel } from './console/moderation-panel.js';
import { peoplePanel } from './console/people-panel.js';
import { orderPanel } from './console/order-panel.js';
import { resultsPanel } from './console/results-panel.js';
import { runPanel } from './console/run-panel.js';
import { scoringResultsPanel } from './console/scoring-results-panel.js';
import { settingsPanel } from './console/settings-panel.js';
import { suggestionsPanel } from './console/suggestions-panel.js';
import { timerPanel } from './console/timer-panel.js';
import { halfDayLine, halfDayState } from './half-days.js';
import { IdeaList } from './idea-list.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { followWorkshop, LiveState } from './live.js';
import { objectionsSurfaced, renderObjections } from './objections.js';
import { PartnershipWatch, renderPartnershipList } from './partnerships.js';
import { ProposalDesk } from './proposal-desk.js';
import { ProposalList } from './proposals.js';
import { isOpen, organisationLoader, Room } from './room.js';
import {
  announce, confirmAction, element, phaseAnnouncement, queryParameter, readJsonStorage, setText, showConnection,
  showError, showPhase, showStep, showStepBar,
} from './ui.js';

// The facilitator console: one module per panel under console/, wired here to one room and its live feed.

const MAX_REASON_LENGTH = 500;
const HALF_DAY_CHECK_MS = 30_000;

const pageError = document.getElementById('facilitator-error');
const workshopId = queryParameter('workshop');

function show(id) {
  document.getElementById(id).hidden = false;
}

function startConsole(access) {
  const room = new Room();
  const connection = document.getElementById('connection');
  const liveError = document.getElementById('live-error');
  const actionError = document.getElementById('action-error');
  const consoleRoot = document.getElementById('console');
  const token = access.facilitatorToken;
  let connectionState = LiveState.CONNECTING;
  const context = {
    room, workshopId, token, access, render: () => render(), refresh: () => live.refresh(),
  };
  const ideas = new IdeaList(document.getElementById('ideas'), room, { decorate: addHideButton });
  const people = peoplePanel(context);
  const facilitators = facilitatorsPanel(context);
  const panels = [
    joinPanel(context), runPanel(context), timerPanel(context), settingsPanel(context), moderationPanel(context),
    clusterPanel(context), suggestionsPanel(context), resultsPanel(context), scoringResultsPanel(context),
    orderPanel(context), people, facilitators,
  ];
  /** The workshop's dated half-days, as its summary gives them. */
  let sessions = [];
  const loadOrganisations = organisationLoader(room, token, render);
  const desk = new ProposalDesk({
    room,
    workshopId,
    token,
    mayChange: () => true,
    render: () => render(),
    refresh: () => live.refresh(),
    errorNode: document.getElementById('proposal-error'),
    allowNoLead: true,
  });
  const proposals = new ProposalList(document.getElementById('proposals'), room, {
    decorate: (item, proposal) => desk.decorate(item, proposal),
    update: (item, proposal) => desk.update(item, proposal),
  });
  const proposeForm = desk.proposeForm('propose');
  document.getElementById('propose-slot').append(proposeForm.form);
  const partnerships = new PartnershipWatch(room, {
    token, workshopId, news: document.getElementById('partnership-news'), onChange: () => render(),
  });

  function render() {
    document.title = t('console.documentTitle', { title: room.title });
    setText(document.getElementById('workshop-title'), room.title);
    setText(document.getElementById('workshop-theme'), room.theme);
    showPhase(document.getElementById('phase'), room.phase);
    showStep(document.getElementById('step'), room.step);
    showStepBar(document.getElementById('step-bar'), room.step);
    setText(document.getElementById('phase-prompt'), t(`prompt.${room.phase}`));
    setText(document.getElementById('phase-rule'), t(`rule.${room.phase}`));
    // The layout follows the work of the step (see atelier.css): what it needs first comes first.
    consoleRoot.dataset.phase = room.phase;
    consoleRoot.dataset.step = room.step ?? '';
    panels.forEach((panel) => panel.render());
    renderReady();
    renderReveal();
    const halfDay = document.getElementById('half-day');
    const state = halfDayState(sessions);
    halfDay.hidden = state.count === 0;
    setText(halfDay, halfDayLine(state));
    renderObjectionsPanel();
    renderProposals();
    renderFollowUp();
    ideas.render();
  }

  /** From REALIZATION on: the room's projects, with their commitments and partnerships. */
  function renderProposals() {
    const realizing = room.phase === 'REALIZATION';
    const shown = realizing || room.phase === 'CLOSED' || room.proposals.size > 0;
    document.getElementById('proposals-panel').hidden = !shown;
    document.getElementById('partnerships-panel').hidden = !shown;
    if (!shown) {
      return;
    }
    const count = proposals.render();
    setText(document.getElementById('proposals-title'), plural('proposals.title', count));
    setText(document.getElementById('proposals-intro'), t(realizing ? 'console.proposalsIntro' : 'proposals.introReadOnly'));
    document.getElementById('proposals-empty').hidden = count > 0;
    document.getElementById('propose-box').hidden = !realizing;
    proposeForm.render();
    desk.renderEditors();
    renderPartnershipList(document.getElementById('partnerships'), document.getElementById('partnerships-empty'), room);
  }

  function renderFollowUp() {
    const shown = room.phase === 'REALIZATION' || room.phase === 'CLOSED';
    document.getElementById('follow-up-panel').hidden = !shown;
    if (!shown) {
      return;
    }
    document.getElementById('follow-up-link').href = `/follow-up.html?workshop=${encodeURIComponent(workshopId)}`;
  }

  function renderReveal() {
    const waiting = isOpen(room.phase) && room.awaitsReveal(room.phase);
    document.getElementById('reveal-box').hidden = !waiting;
    if (!waiting) {
      showError(document.getElementById('reveal-error'), null);
      return;
    }
    const count = document.getElementById('private-count');
    count.dataset.count = String(room.privateIdeas);
    setText(count, plural('reveal.count', room.privateIdeas));
  }

  function renderObjectionsPanel() {
    const surfaced = objectionsSurfaced(room.phase);
    document.getElementById('objections-panel').hidden = !(room.phase === 'UTOPIA' || surfaced);
    setText(document.getElementById('objections-note'), room.phase === 'UTOPIA' ? t('objections.parking')
      : room.objections.length > 0 ? t('objections.intro') : t('objections.empty'));
    renderObjections(document.getElementById('objections'), surfaced ? room.objections : []);
  }

  function renderReady() {
    const node = document.getElementById('ready-count');
    const total = room.participants.size;
    const done = [...room.ready].filter((id) => room.participants.has(id)).length;
    node.hidden = !isOpen(room.phase);
    node.dataset.ready = String(done);
    node.dataset.total = String(total);
    setText(node, plural('ready.count', done, { total }));
  }

  function addHideButton(item, idea) {
    const textId = `idea-text-${idea.ideaId}`;
    item.querySelector('.idea-text').id = textId;
    const hide = element('button', {
      className: 'secondary danger-text', text: t('console.hide'),
      attributes: { type: 'button', 'data-i18n': 'console.hide', 'aria-describedby': textId },
    });
    hide.addEventListener('click', () => hideIdea(idea.ideaId));
    item.append(element('div', { className: 'idea-actions' }, [hide]));
  }

  async function hideIdea(ideaId) {
    const { confirmed, value: reason } = await confirmAction({
      title: t('console.hideTitle'),
      message: t('console.hideMessage', { text: excerpt(room.ideas.get(ideaId)?.text ?? '') }),
      confirmLabel: t('console.hide'),
      input: { label: t('console.hideReason'), maxLength: MAX_REASON_LENGTH },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    showError(actionError, null);
    const url = path`/api/workshops/${workshopId}/ideas/${ideaId}`;
    try {
      await api(reason ? `${url}?${new URLSearchParams({ reason })}` : url, { method: 'DELETE', token });
      // Shown at once; the IdeaHidden message that follows says the same.
      room.apply({ type: 'IdeaHidden', payload: { ideaId } });
      render();
      document.getElementById('ideas-title').focus();
      announce(t('announce.hidden'));
    } catch (error) {
      showError(actionError, error);
    }
  }

  showConnection(connection, connectionState);
  connection.hidden = false;
  show('console');
  render();

  const live = followWorkshop({
    workshopId,
    token,
    onSync: (snapshot) => {
      room.load(snapshot);
      sessions = snapshot.workshop.sessions ?? [];
      showError(liveError, null);
      render();
      people.load();
      facilitators.load();
      loadOrganisations();
      if (room.phase === 'REALIZATION' || room.phase === 'CLOSED' || room.proposals.size > 0) {
        partnerships.load();
      }
    },
    onMessage: (message) => {
      const before = { phase: room.phase, step: room.step, people: room.participants.size };
      room.apply(message);
      render();
      if (room.phase !== before.phase) {
        announce(phaseAnnouncement(room.phase));
      } else if (room.step !== before.step && room.step) {
        announce(t('announce.step', { step: t(`step.${room.step}`) }));
      } else if (room.participants.size > before.people) {
        announce(t('announce.joined', { name: message.payload.displayName }));
      }
      partnerships.onMessage(message);
      people.onMessage(message);
      facilitators.onMessage(message);
      loadOrganisations();
    },
    onState: (state) => {
      connectionState = state;
      showConnection(connection, state);
    },
    onError: (error) => {
      showError(liveError, error?.problem?.code === 'RemovedFromWorkshop' ? { detail: t('facilitators.youWereRemoved') } : error);
    },
  });
  // A half-day starts or ends while the console is open: the line under the step follows the clock.
  setInterval(() => render(), HALF_DAY_CHECK_MS);

  document.getElementById('reveal').addEventListener('click', async () => {
    const phase = room.phase;
    const { confirmed } = await confirmAction({
      title: t('reveal.title', { phase: t(`phase.${phase}`) }),
      message: t('reveal.message'),
      confirmLabel: t('reveal.confirm'),
    });
    if (!confirmed) {
      return;
    }
    const revealError = document.getElementById('reveal-error');
    showError(revealError, null);
    try {
      await api(path`/api/workshops/${workshopId}/reveal`, { method: 'POST', token });
      room.apply({ type: 'IdeasRevealed', payload: { phase } });
      live.refresh(); // the ideas written privately, now on the board
      render();
      document.getElementById('ideas-title').focus(); // the button is gone; the ideas are what comes next
      announce(t('announce.revealed'));
    } catch (error) {
      showError(revealError, error);
      if (error.status === 409) {
        live.refresh();
      }
    }
  });

  onLanguageChange(() => {
    showConnection(connection, connectionState);
    render();
    partnerships.render();
  });
}

/**
 * A co-facilitator arrives with the link handed over: their token (and the room's code) in the
 * fragment, kept on this device like a console created here, and taken out of the address bar.
 */
function keepHandedOverAccess() {
  const handed = new URLSearchParams(window.location.hash.slice(1));
  const facilitatorToken = handed.get('facilitator');
  if (!workshopId || !facilitatorToken) {
    return;
  }
  const earlier = readJsonStorage(localStorage, FACILITATOR_PREFIX + workshopId) ?? {};
  localStorage.setItem(FACILITATOR_PREFIX + workshopId, JSON.stringify({
    ...earlier, workshopId, facilitatorToken, joinCode: handed.get('code') ?? earlier.joinCode ?? null,
  }));
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

await initI18n();
keepHandedOverAccess();
if (!workshopId) {
  startCreating(pageError);
} else {
  const access = readJsonStorage(localStorage, FACILITATOR_PREFIX + workshopId);
  if (access?.facilitatorToken) {
    startConsole(access);
  } else {
    show('no-token');
  }
}
