import { api, path } from './api.js';
import { ClusterBoard } from './cluster-board.js';
import { noteServerTime } from './clock.js';
import { evaluatorPage } from './evaluator-access.js';
import { Countdown } from './countdown.js';
import { IdeaList, placeInOrder } from './idea-list.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { followWorkshop, LiveState } from './live.js';
import { objectionsSurfaced, renderObjections } from './objections.js';
import { PartnershipWatch, renderPartnershipList } from './partnerships.js';
import { ProposalDesk } from './proposal-desk.js';
import { ProposalList } from './proposals.js';
import { isOpen, nextPhase, nextStep, organisationLoader, previousPhase, previousStep, Room } from './room.js';
import {
  announce, confirmAction, element, phaseAnnouncement, queryParameter, readJsonStorage, setText, showConnection,
  showError, showPhase, showStep, showStepBar,
} from './ui.js';

const ORGANISER_KEY = 'atelier.organiserKey';
const FACILITATOR_PREFIX = 'atelier.facilitator.';
const MAX_REASON_LENGTH = 500;
const EXCERPT_LENGTH = 120;
const MAX_TIMER_MINUTES = 120;
const EXTEND_SECONDS = 60;

const pageError = document.getElementById('facilitator-error');
const workshopId = queryParameter('workshop');

function show(id) {
  document.getElementById(id).hidden = false;
}

function excerpt(text) {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

// ---- Without ?workshop: the organiser key, then a new workshop ----

function startCreating() {
  const keySection = document.getElementById('key-section');
  const createSection = document.getElementById('create-section');
  const keyInput = document.getElementById('organiser-key');

  const showStage = () => {
    const hasKey = Boolean(sessionStorage.getItem(ORGANISER_KEY));
    keySection.hidden = hasKey;
    createSection.hidden = !hasKey;
    renderMyWorkshops();
  };

  document.getElementById('key-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(pageError, null);
    const key = keyInput.value.trim();
    if (!key) {
      showError(pageError, { detail: t('console.keyRequired') });
      keyInput.focus();
      return;
    }
    try {
      // Any call with a bad key is a 401: check it now rather than after filling the whole form.
      await api('/api/organisations', { token: key });
      sessionStorage.setItem(ORGANISER_KEY, key);
      keyInput.value = '';
      showStage();
      document.getElementById('title').focus();
    } catch (error) {
      showError(pageError, error);
      keyInput.focus();
    }
  });

  document.getElementById('forget-key').addEventListener('click', () => {
    sessionStorage.removeItem(ORGANISER_KEY);
    showError(pageError, null);
    showStage();
    keyInput.focus();
  });

  document.getElementById('create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(pageError, null);
    const request = createRequest();
    if (!request) {
      return;
    }
    const submit = document.getElementById('create-submit');
    submit.disabled = true;
    try {
      const created = await api('/api/workshops', {
        method: 'POST', token: sessionStorage.getItem(ORGANISER_KEY), body: request,
      });
      localStorage.setItem(FACILITATOR_PREFIX + created.workshopId, JSON.stringify({
        facilitatorToken: created.facilitatorToken,
        evaluatorToken: created.evaluatorToken,
        joinCode: created.joinCode,
        workshopId: created.workshopId,
        title: request.title,
      }));
      window.location.assign(consolePage(created.workshopId));
    } catch (error) {
      showError(pageError, error);
      if (error.status === 401) {
        sessionStorage.removeItem(ORGANISER_KEY);
        showStage();
        keyInput.focus();
      }
    } finally {
      submit.disabled = false;
    }
  });

  showStage();
}

/** The body of POST /api/workshops, or null after pointing the person at what is missing. */
function createRequest() {
  const field = (id) => document.getElementById(id);
  const title = field('title').value.trim();
  const theme = field('theme').value.trim();
  const programme = field('programme').value.trim();
  const votes = Number(field('votes').value);
  const invalid = (id, key) => {
    showError(pageError, { detail: t(key) });
    field(id).focus();
    return null;
  };
  if (!title) {
    return invalid('title', 'console.titleRequired');
  }
  if (!theme) {
    return invalid('theme', 'console.themeRequired');
  }
  if (!Number.isInteger(votes) || votes < 1 || votes > 50) {
    return invalid('votes', 'console.votesInvalid');
  }
  return { title, theme, ...(programme ? { programme } : {}), votesPerParticipant: votes };
}

function renderMyWorkshops() {
  const entries = Object.keys(localStorage)
    .filter((key) => key.startsWith(FACILITATOR_PREFIX))
    .map((key) => readJsonStorage(localStorage, key))
    .filter((entry) => entry?.workshopId && entry.facilitatorToken);
  document.getElementById('my-workshops').hidden = entries.length === 0;
  document.getElementById('my-workshop-list').replaceChildren(...entries.map((entry) =>
    element('li', {}, [
      element('a', {
        text: t('console.workshopLink', { title: entry.title ?? entry.workshopId, code: entry.joinCode ?? '' }),
        attributes: { href: consolePage(entry.workshopId) },
      }),
    ])));
}

function consolePage(id) {
  return `/facilitator.html?workshop=${encodeURIComponent(id)}`;
}

// ---- With ?workshop: the console ----

function startConsole(access) {
  const room = new Room();
  const connection = document.getElementById('connection');
  const liveError = document.getElementById('live-error');
  const consoleError = document.getElementById('console-error');
  const actionError = document.getElementById('action-error');
  const advanceButton = document.getElementById('advance');
  const stepButton = document.getElementById('advance-step');
  const stepBackButton = document.getElementById('step-back');
  const phaseBackButton = document.getElementById('phase-back');
  const timerError = document.getElementById('timer-error');
  const token = access.facilitatorToken;
  let connectionState = LiveState.CONNECTING;
  let busy = false;
  let timerBusy = false;
  const ideas = new IdeaList(document.getElementById('ideas'), room, { decorate: addHideButton });
  const countdown = new Countdown(document.getElementById('timer'));
  const clusters = new ClusterBoard(document.getElementById('cluster-board'), room, {
    move: moveIdea, rename: renameCluster, merge: mergeCluster, dissolve: dissolveCluster,
  });
  const loadOrganisations = organisationLoader(room, token, render);
  const settingsPhase = document.getElementById('settings-phase');
  const settingBoxes = {
    privateWriting: document.getElementById('setting-private'),
    anonymous: document.getElementById('setting-anonymous'),
    hiddenTallies: document.getElementById('setting-hidden-tallies'),
  };
  /** The boxes were changed here since they last showed the board's settings: renders leave them be. */
  let settingsEdited = false;
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
  /** The order being set here, first first, until it is saved; null: the room's order. */
  let orderDraft = null;
  const orderItems = new Map();
  let orderBusy = false;
  /** The status line says the order was just saved: renders leave it until the order changes again. */
  let orderSaved = false;

  function render() {
    document.title = t('console.documentTitle', { title: room.title });
    setText(document.getElementById('workshop-title'), room.title);
    setText(document.getElementById('workshop-theme'), room.theme);
    showPhase(document.getElementById('phase'), room.phase);
    showStep(document.getElementById('step'), room.step);
    showStepBar(document.getElementById('step-bar'), room.step);
    setText(document.getElementById('phase-prompt'), t(`prompt.${room.phase}`));
    setText(document.getElementById('phase-rule'), t(`rule.${room.phase}`));
    renderJoin();
    renderButtons();
    renderReady();
    renderReveal();
    renderTimer();
    renderSettings();
    renderParticipants();
    renderClusters();
    renderResults();
    renderObjectionsPanel();
    renderProposals();
    renderOrder();
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

  /** The room's order as a starting point: the ranks already set, then the most dots, then the oldest. */
  function roomOrder() {
    const open = room.openProposals();
    const ranked = open.filter((p) => p.priority != null);
    const rest = open.filter((p) => p.priority == null).sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    return [...ranked, ...rest].map((p) => p.proposalId);
  }

  /** The order shown: the draft being set (without proposals withdrawn since, with new ones last), or the room's. */
  function shownOrder() {
    const standing = roomOrder();
    if (!orderDraft) {
      return standing;
    }
    const kept = orderDraft.filter((id) => standing.includes(id));
    return [...kept, ...standing.filter((id) => !kept.includes(id))];
  }

  function renderOrder() {
    const order = room.phase === 'REALIZATION' ? shownOrder() : [];
    document.getElementById('order-panel').hidden = order.length === 0;
    const list = document.getElementById('order-list');
    placeInOrder(list, order.map((proposalId, index) => orderItem(proposalId, index, order.length)));
    for (const id of orderItems.keys()) {
      if (!order.includes(id)) {
        orderItems.delete(id);
      }
    }
    const ranked = room.openProposals().some((p) => p.priority != null);
    const dirty = orderDraft !== null;
    document.getElementById('order-save').disabled = orderBusy || order.length === 0;
    document.getElementById('order-reset').hidden = !dirty;
    const status = document.getElementById('order-status');
    if (dirty) {
      setText(status, t('order.unsaved'));
    } else if (!orderSaved) {
      setText(status, ranked ? t('order.saved') : t('order.none'));
    }
  }

  function orderItem(proposalId, index, total) {
    let item = orderItems.get(proposalId);
    if (!item) {
      const labelId = `order-label-${proposalId}`;
      const up = element('button', { className: 'secondary order-up', attributes: { type: 'button', 'aria-describedby': labelId } });
      const down = element('button', { className: 'secondary order-down', attributes: { type: 'button', 'aria-describedby': labelId } });
      up.addEventListener('click', () => moveInOrder(proposalId, -1, up));
      down.addEventListener('click', () => moveInOrder(proposalId, 1, down));
      item = element('li', { className: 'order-item', attributes: { 'data-proposal-id': proposalId } }, [
        element('span', { className: 'order-rank', attributes: { 'aria-hidden': 'true' } }),
        element('span', { className: 'order-label', attributes: { id: labelId } }),
        element('span', { className: 'order-buttons' }, [up, down]),
      ]);
      orderItems.set(proposalId, item);
    }
    const proposal = room.proposals.get(proposalId);
    setText(item.querySelector('.order-rank'), `${index + 1}.`);
    setText(item.querySelector('.order-label'), t('order.item', {
      title: proposal?.title ?? '', votes: plural('ideas.votes', proposal?.votes ?? 0),
    }));
    const up = item.querySelector('.order-up');
    const down = item.querySelector('.order-down');
    setText(up, t('order.up'));
    setText(down, t('order.down'));
    up.disabled = orderBusy || index === 0;
    down.disabled = orderBusy || index === total - 1;
    return item;
  }

  /** Moves a proposal one place up (-1) or down (+1) in the order being set, keeping the keyboard on it. */
  function moveInOrder(proposalId, delta, button) {
    const order = shownOrder();
    const from = order.indexOf(proposalId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) {
      return;
    }
    [order[from], order[to]] = [order[to], order[from]];
    orderDraft = order;
    orderSaved = false;
    showError(document.getElementById('order-error'), null);
    render();
    // Moving the item takes it out of the page for a moment: give it its focus back, or its other button's.
    const item = orderItems.get(proposalId);
    const again = button.disabled ? item.querySelector(delta < 0 ? '.order-down' : '.order-up') : button;
    again.focus();
    announce(t('order.moved', { title: room.proposals.get(proposalId)?.title ?? '', rank: to + 1, count: order.length }));
  }

  async function saveOrder() {
    const proposalIds = shownOrder();
    const orderError = document.getElementById('order-error');
    showError(orderError, null);
    orderBusy = true;
    render();
    try {
      await api(path`/api/workshops/${workshopId}/proposals/order`, { method: 'PUT', token, body: { proposalIds } });
      // Shown at once; the ProposalsRanked message that follows sets the same ranks.
      room.applyToProposals('ProposalsRanked', { proposalIds });
      orderDraft = null;
      orderSaved = true;
      setText(document.getElementById('order-status'), t('order.savedNow'));
      announce(t('order.savedNow'));
    } catch (error) {
      showError(orderError, error);
      if (error.status === 409 || error.status === 404) {
        live.refresh();
      }
    } finally {
      orderBusy = false;
      render();
    }
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

  /** The phases whose rules may still change: the one now open and the next one. */
  function configurablePhases() {
    return [room.phase, nextPhase(room.phase)].filter((phase) => isOpen(phase));
  }

  function renderSettings() {
    const phases = configurablePhases();
    document.getElementById('settings-panel').hidden = phases.length === 0;
    if (phases.length === 0) {
      return;
    }
    const options = phases.map((phase) => [phase, t(`phase.${phase}`)]);
    const signature = JSON.stringify(options);
    if (settingsPhase.dataset.signature !== signature) {
      const chosen = phases.includes(settingsPhase.value) ? settingsPhase.value : phases[0];
      settingsPhase.replaceChildren(...options.map(([value, label]) => element('option', { text: label, attributes: { value } })));
      settingsPhase.dataset.signature = signature;
      if (settingsPhase.value !== chosen) {
        settingsPhase.value = chosen;
      }
      if (!phases.includes(settingsPhase.dataset.shown)) {
        settingsEdited = false; // the phase whose boxes were being changed is over
      }
    }
    const settings = room.settingsOf(settingsPhase.value);
    if (!settingsEdited) {
      for (const [name, box] of Object.entries(settingBoxes)) {
        box.checked = Boolean(settings[name]);
      }
    }
    settingsPhase.dataset.shown = settingsPhase.value;
    document.getElementById('setting-revealed').hidden = !(settings.privateWriting && settings.revealed);
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
    setText(node, plural('ready.count', total, { ready: done }));
  }

  function renderTimer() {
    countdown.show(room.timer);
    const open = isOpen(room.phase);
    const timer = room.timer;
    document.getElementById('timer-none').hidden = Boolean(timer);
    document.getElementById('timer-start').disabled = !open;
    document.getElementById('timer-minutes').disabled = !open;
    const pause = document.getElementById('timer-pause');
    pause.disabled = !timer;
    setText(pause, timer?.state === 'PAUSED' ? t('timer.resume') : t('timer.pause'));
    document.getElementById('timer-extend').disabled = !timer;
    document.getElementById('timer-stop').disabled = !timer;
  }

  function renderClusters() {
    const open = isOpen(room.phase);
    document.getElementById('cluster-panel').hidden = !open;
    if (open) {
      setText(document.getElementById('clusters-title'), t('clusters.title', { phase: t(`phase.${room.phase}`) }));
      clusters.render();
    }
  }

  /** The dots of the phase now open, on clusters, ideas and proposals, as bars on one scale. */
  function renderResults() {
    const open = isOpen(room.phase);
    const phaseIdeas = open ? room.ideasOf(room.phase) : [];
    const phaseClusters = open ? room.clustersOf(room.phase) : [];
    const phaseProposals = room.phase === 'REALIZATION' ? room.openProposals() : [];
    const votesOf = (target) => target.votes ?? 0;
    const total = [...phaseIdeas, ...phaseClusters, ...phaseProposals].reduce((sum, target) => sum + votesOf(target), 0);
    const hidden = room.talliesHidden();
    const shown = open && (room.showsVotes(room.phase) || hidden || total > 0);
    document.getElementById('results-panel').hidden = !shown;
    if (!shown) {
      return;
    }
    setText(document.getElementById('results-title'), t('results.title', { phase: t(`phase.${room.phase}`) }));
    document.getElementById('results-hidden').hidden = !hidden;
    document.getElementById('results-total').hidden = hidden;
    document.getElementById('idea-results-title').hidden = hidden;
    document.getElementById('vote-bars').hidden = hidden;
    setText(document.getElementById('results-total'), plural('results.total', total));
    const most = Math.max(1, ...[...phaseIdeas, ...phaseClusters, ...phaseProposals].map(votesOf));
    const bar = (attributes, label, votes) => {
      const fill = element('span', { className: 'vote-bar-fill' });
      fill.style.setProperty('--share', String(votes / most));
      return element('li', { className: 'vote-bar', attributes: { ...attributes, 'data-votes': String(votes) } }, [
        element('span', { className: 'vote-bar-label', text: label }),
        element('span', { className: 'vote-bar-track', attributes: { 'aria-hidden': 'true' } }, [fill]),
        element('span', { className: 'vote-bar-count', text: plural('ideas.votes', votes) }),
      ]);
    };
    const ranked = (targets, label) => [...targets].sort((a, b) => votesOf(b) - votesOf(a) || label(a).localeCompare(label(b)));
    document.getElementById('cluster-results').hidden = hidden || phaseClusters.length === 0;
    document.getElementById('cluster-vote-bars').replaceChildren(...ranked(phaseClusters, (cluster) => cluster.title)
      .map((cluster) => bar({ 'data-cluster-id': cluster.clusterId }, cluster.title, votesOf(cluster))));
    document.getElementById('vote-bars').replaceChildren(...ranked(phaseIdeas, (idea) => idea.text)
      .map((idea) => bar({ 'data-idea-id': idea.ideaId }, excerpt(idea.text), votesOf(idea))));
    document.getElementById('proposal-results').hidden = hidden || phaseProposals.length === 0;
    document.getElementById('proposal-vote-bars').replaceChildren(...ranked(phaseProposals, (proposal) => proposal.title)
      .map((proposal) => bar({ 'data-proposal-id': proposal.proposalId }, proposal.title, votesOf(proposal))));
  }

  function renderJoin() {
    const code = access.joinCode;
    const link = `${window.location.origin}/join.html?code=${encodeURIComponent(code)}`;
    setText(document.getElementById('join-code'), code);
    const qr = document.getElementById('join-qr');
    qr.src = path`/join/${code}/qr.svg`;
    qr.alt = t('console.qrAlt', { code });
    const anchor = document.getElementById('join-link');
    anchor.href = link;
    setText(anchor, link);
    // The evaluators' page, its read-only key in the fragment, which browsers never send to the server.
    document.getElementById('evaluator-page').hidden = !access.evaluatorToken;
    if (access.evaluatorToken) {
      const evaluatorLink = `${window.location.origin}${evaluatorPage('evaluator.html', workshopId, access.evaluatorToken)}`;
      const evaluatorAnchor = document.getElementById('evaluator-page-link');
      evaluatorAnchor.href = evaluatorLink;
      setText(evaluatorAnchor, evaluatorLink);
    }
  }

  function renderButtons() {
    const phase = nextPhase(room.phase);
    advanceButton.disabled = busy || !phase;
    setText(advanceButton, phase === 'CLOSED' ? t('console.close')
      : phase ? t('console.advance', { phase: t(`phase.${phase}`) }) : t('console.closed'));

    const step = isOpen(room.phase) ? nextStep(room.step) : null;
    stepButton.disabled = busy || !step;
    setText(stepButton, step ? t('console.advanceStep', { step: t(`step.${step}`) }) : t('console.noNextStep'));

    const back = isOpen(room.phase) ? previousStep(room.step) : null;
    stepBackButton.disabled = busy || !back;
    setText(stepBackButton, back ? t('console.stepBack', { step: t(`step.${back}`) }) : t('console.noPreviousStep'));

    const earlier = previousPhase(room.phase);
    phaseBackButton.disabled = busy || !earlier;
    setText(phaseBackButton, earlier ? t('console.phaseBack', { phase: t(`phase.${earlier}`) }) : t('console.noPreviousPhase'));
  }

  function renderParticipants() {
    const people = [...room.participants.values()];
    setText(document.getElementById('participant-count'), String(people.length));
    document.getElementById('participants-empty').hidden = people.length > 0;
    document.getElementById('participants').replaceChildren(...people.map((person) => {
      const done = room.ready.has(person.participantId);
      return element('li', { attributes: { 'data-participant-id': person.participantId } }, [
        element('span', { className: 'participant-name', text: person.displayName }),
        element('span', { className: 'participant-organisation', text: room.organisationName(person.organisationId) }),
        ...(done ? [element('span', { className: 'participant-ready', text: t('ready.badge') })] : []),
      ]);
    }));
  }

  /** Puts an idea in a cluster (null: in none); answers true once done. */
  async function moveIdea(ideaId, clusterId) {
    try {
      await api(path`/api/workshops/${workshopId}/ideas/${ideaId}/cluster`, {
        method: 'PUT', token, body: { clusterId },
      });
      room.changeIdea(ideaId, { clusterId });
      render();
      const title = clusterId ? room.clusters.get(clusterId)?.title ?? '' : t('ideas.unclustered');
      announce(t('announce.moved', { title }));
      return true;
    } catch (error) {
      showError(document.getElementById('cluster-error'), error);
      if (error.status === 409) {
        live.refresh();
      }
      return false;
    }
  }

  /** Runs a call on a cluster; answers true once done, else shows why (a 409: the board is read again). */
  async function clusterCall(call) {
    const clusterError = document.getElementById('cluster-error');
    showError(clusterError, null);
    try {
      await call();
      render();
      return true;
    } catch (error) {
      showError(clusterError, error);
      if (error.status === 409 || error.status === 404) {
        live.refresh();
      }
      return false;
    }
  }

  function renameCluster(clusterId, title) {
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}`, { method: 'PATCH', token, body: { title } });
      // Shown at once; the ClusterRenamed message that follows sets the same title.
      room.changeCluster(clusterId, { title });
      announce(t('announce.renamed', { title }));
    });
  }

  async function mergeCluster(clusterId, into) {
    const title = room.clusters.get(clusterId)?.title ?? '';
    const intoTitle = room.clusters.get(into)?.title ?? '';
    const { confirmed } = await confirmAction({
      title: t('clusters.mergeTitle', { title, into: intoTitle }),
      message: t('clusters.mergeMessage', { title, into: intoTitle }),
      confirmLabel: t('clusters.merge'),
      destructive: true,
    });
    if (!confirmed) {
      return false;
    }
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}/merge`, { method: 'POST', token, body: { into } });
      // Shown at once; the board read that follows the ClustersMerged message agrees.
      room.mergeCluster(clusterId, into);
      announce(t('announce.merged', { title, into: intoTitle }));
    });
  }

  async function dissolveCluster(clusterId) {
    const title = room.clusters.get(clusterId)?.title ?? '';
    const { confirmed } = await confirmAction({
      title: t('clusters.dissolveTitle', { title }),
      message: t('clusters.dissolveMessage', { title }),
      confirmLabel: t('clusters.dissolve'),
      destructive: true,
    });
    if (!confirmed) {
      return false;
    }
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}`, { method: 'DELETE', token });
      room.dissolveCluster(clusterId);
      announce(t('announce.dissolved', { title }));
    });
  }

  async function createCluster(event) {
    event.preventDefault();
    const clusterError = document.getElementById('cluster-error');
    const titleInput = document.getElementById('cluster-title');
    showError(clusterError, null);
    const title = titleInput.value.trim();
    if (!title) {
      showError(clusterError, { detail: t('clusters.titleRequired') });
      titleInput.focus();
      return;
    }
    const ideaIds = clusters.picked();
    const submit = document.getElementById('cluster-create');
    submit.disabled = true;
    try {
      const { clusterId } = await api(path`/api/workshops/${workshopId}/clusters`, {
        method: 'POST', token, body: { title, ideaIds },
      });
      // Shown at once; the ClusterCreated and IdeaClustered messages that follow set the same.
      room.clusters.set(clusterId, { clusterId, title, phase: room.phase });
      ideaIds.forEach((ideaId) => room.changeIdea(ideaId, { clusterId }));
      clusters.clearPicked();
      titleInput.value = '';
      render();
      announce(plural('announce.clusterCreated', ideaIds.length, { title }));
    } catch (error) {
      showError(clusterError, error);
      if (error.status === 409) {
        live.refresh();
      }
    } finally {
      submit.disabled = false;
      titleInput.focus();
    }
  }

  /**
   * Runs a timer call, one at a time (buttons stay enabled so the keyboard focus stays on them);
   * the answer carries the server's time, which keeps every screen's countdown together.
   */
  async function timerCall(action, body) {
    if (timerBusy) {
      return false;
    }
    showError(timerError, null);
    timerBusy = true;
    try {
      const answer = await api(`${path`/api/workshops/${workshopId}/timer/`}${action}`, {
        method: 'POST', token, ...(body ? { body } : {}),
      });
      noteServerTime(answer.serverTime);
      room.timer = answer.timer ?? null;
      return true;
    } catch (error) {
      showError(timerError, error);
      if (error.status === 409) {
        live.refresh();
      }
      return false;
    } finally {
      timerBusy = false;
      render();
    }
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
      room.ideas.delete(ideaId);
      render();
      document.getElementById('ideas-title').focus();
      announce(t('announce.hidden'));
    } catch (error) {
      showError(actionError, error);
    }
  }

  /** Runs a confirmed move of the room; a 409 means someone else moved it first, so read again. */
  async function move(call) {
    showError(consoleError, null);
    busy = true;
    renderButtons();
    try {
      await call();
    } catch (error) {
      showError(consoleError, error);
      if (error.status === 409) {
        live.refresh();
      }
    } finally {
      busy = false;
      render();
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
      showError(liveError, null);
      render();
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
      loadOrganisations();
    },
    onState: (state) => {
      connectionState = state;
      showConnection(connection, state);
    },
    onError: (error) => showError(liveError, error),
  });

  advanceButton.addEventListener('click', async () => {
    const shown = room.phase;
    const next = nextPhase(shown);
    if (!next) {
      return;
    }
    const nextName = t(`phase.${next}`);
    const { confirmed } = await confirmAction({
      title: t('console.advanceTitle', { phase: nextName }),
      message: next === 'CLOSED' ? t('console.closeMessage')
        : t('console.advanceMessage', { phase: nextName, prompt: t(`prompt.${next}`) }),
      confirmLabel: next === 'CLOSED' ? t('console.close') : t('console.advanceConfirm'),
      destructive: next === 'CLOSED',
    });
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/advance`, {
        method: 'POST', token, body: { expectedPhase: shown },
      });
      // Shown at once; the PhaseAdvanced message that follows sets the same phase.
      if (answer.phase !== room.phase) {
        room.phase = answer.phase;
        room.step = isOpen(answer.phase) ? 'COLLECT' : null;
        room.enterStep();
      }
      announce(phaseAnnouncement(answer.phase));
    });
  });

  /** Moves the room one step forward or back, after confirmation, from the step this screen shows. */
  async function moveStep({ target, titleKey, messageKey, confirmKey, endpoint }) {
    const shown = room.step;
    const goal = target(shown);
    if (!goal) {
      return;
    }
    const goalName = t(`step.${goal}`);
    const { confirmed } = await confirmAction({
      title: t(titleKey, { step: goalName }),
      message: t(messageKey, { step: goalName }),
      confirmLabel: t(confirmKey),
    });
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/${endpoint}`, {
        method: 'POST', token, body: { expectedStep: shown },
      });
      if (answer.step !== room.step || answer.phase !== room.phase) {
        room.phase = answer.phase;
        room.step = answer.step;
        room.enterStep();
      }
      announce(t('announce.step', { step: t(`step.${answer.step}`) }));
    });
  }

  stepButton.addEventListener('click', () => moveStep({
    target: nextStep, titleKey: 'console.stepTitle', messageKey: 'console.stepMessage',
    confirmKey: 'console.advanceConfirm', endpoint: 'advance-step',
  }));

  stepBackButton.addEventListener('click', () => moveStep({
    target: previousStep, titleKey: 'console.stepBackTitle', messageKey: 'console.stepBackMessage',
    confirmKey: 'console.backConfirm', endpoint: 'step-back',
  }));

  phaseBackButton.addEventListener('click', async () => {
    const shown = room.phase;
    const earlier = previousPhase(shown);
    if (!earlier) {
      return;
    }
    const earlierName = t(`phase.${earlier}`);
    const { confirmed } = await confirmAction({
      title: t('console.phaseBackTitle', { phase: earlierName }),
      message: isOpen(earlier) ? t('console.phaseBackMessage', { phase: earlierName })
        : t('console.phaseBackToPreparation'),
      confirmLabel: t('console.backConfirm'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/phase-back`, {
        method: 'POST', token, body: { expectedPhase: shown },
      });
      if (answer.phase !== room.phase) {
        room.phase = answer.phase;
        room.step = answer.step ?? null;
        room.enterStep();
      }
      announce(phaseAnnouncement(answer.phase));
    });
  });

  document.getElementById('timer-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById('timer-minutes');
    const minutes = Number(input.value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIMER_MINUTES) {
      showError(timerError, { detail: t('timer.minutesInvalid', { max: MAX_TIMER_MINUTES }) });
      input.focus();
      return;
    }
    if (await timerCall('start', { seconds: minutes * 60 })) {
      announce(plural('announce.timerStarted', minutes));
    }
  });

  document.getElementById('timer-pause').addEventListener('click', async () => {
    const pausing = room.timer?.state !== 'PAUSED';
    if (await timerCall(pausing ? 'pause' : 'resume')) {
      announce(t(pausing ? 'announce.timerPaused' : 'announce.timerResumed'));
    }
  });

  document.getElementById('timer-extend').addEventListener('click', async () => {
    if (await timerCall('extend', { seconds: EXTEND_SECONDS })) {
      announce(t('announce.timerExtended'));
    }
  });

  document.getElementById('timer-stop').addEventListener('click', async () => {
    if (await timerCall('stop')) {
      announce(t('announce.timerStopped'));
      document.getElementById('timer-minutes').focus(); // the button is now disabled
    }
  });

  document.getElementById('cluster-form').addEventListener('submit', createCluster);
  document.getElementById('order-save').addEventListener('click', saveOrder);
  document.getElementById('order-reset').addEventListener('click', () => {
    orderDraft = null;
    render();
    document.getElementById('order-save').focus();
  });

  settingsPhase.addEventListener('change', () => {
    settingsEdited = false;
    setText(document.getElementById('settings-status'), '');
    render();
  });

  Object.values(settingBoxes).forEach((box) => box.addEventListener('change', () => {
    settingsEdited = true;
    setText(document.getElementById('settings-status'), '');
  }));

  document.getElementById('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const settingsError = document.getElementById('settings-error');
    const save = document.getElementById('settings-save');
    const phase = settingsPhase.value;
    const chosen = Object.fromEntries(Object.entries(settingBoxes).map(([name, box]) => [name, box.checked]));
    showError(settingsError, null);
    save.disabled = true;
    try {
      await api(path`/api/workshops/${workshopId}/phases/${phase}/settings`, { method: 'PUT', token, body: chosen });
      // Shown at once; the PhaseConfigured message that follows makes the board say the same.
      room.settings.set(phase, { ...room.settingsOf(phase), ...chosen });
      settingsEdited = false;
      const saved = t('settings.saved', { phase: t(`phase.${phase}`) });
      setText(document.getElementById('settings-status'), saved);
    } catch (error) {
      showError(settingsError, error);
      if (error.status === 409) {
        live.refresh();
      }
    } finally {
      save.disabled = false;
      render();
    }
  });

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
      room.settings.set(phase, { ...room.settingsOf(phase), revealed: true });
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

await initI18n();
if (!workshopId) {
  startCreating();
} else {
  const access = readJsonStorage(localStorage, FACILITATOR_PREFIX + workshopId);
  if (access?.facilitatorToken) {
    startConsole(access);
  } else {
    show('no-token');
  }
}
