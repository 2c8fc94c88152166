import { api, path, retried } from './api.js';
import { BuildsOn } from './builds-on.js';
import { Countdown } from './countdown.js';
import { DuplicateHint } from './duplicate-hint.js';
import { afterColon } from './format.js';
import { excerpt } from './history-text.js';
import { IdeaList } from './idea-list.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { halfDayLine, halfDayState, nextSessionText } from './half-days.js';
import { forgetIdentity, readIdentity, saveIdentity } from './identity.js';
import { followWorkshop, LiveState } from './live.js';
import { showHalfDays, showPersonalCode } from './personal-code.js';
import { objectionsSurfaced, renderObjections } from './objections.js';
import { PartnershipWatch, renderPartnershipList } from './partnerships.js';
import { ProposalDesk } from './proposal-desk.js';
import { ProposalList } from './proposals.js';
import { isOpen, organisationLoader, PROPOSAL_OPEN, Room } from './room.js';
import { renderResults, ScoringControls } from './scoring.js';
import {
  announce, confirmAction, element, newId, phaseAnnouncement, queryParameter, setText, showConnection,
  showError, showPhase, showStep, showStepBar,
} from './ui.js';

const MAX_IDEA_LENGTH = 2000;
const EXCERPT_LENGTH = 80;

const workshopId = queryParameter('workshop');
// Kept on the device, not only in the tab: the same person in a new tab, after a restart, on the next date.
const me = readIdentity(workshopId);
const REMOVED = 'RemovedFromWorkshop';
const HALF_DAY_CHECK_MS = 30_000;

const connection = document.getElementById('connection');
const phaseBadge = document.getElementById('phase');
const stepLabel = document.getElementById('step');
const liveError = document.getElementById('live-error');
const actionError = document.getElementById('action-error');
const ideaForm = document.getElementById('idea-form');
const ideaFieldset = document.getElementById('idea-fieldset');
const ideaText = document.getElementById('idea-text');
const ideaCounter = document.getElementById('idea-counter');
const postingClosed = document.getElementById('posting-closed');
const postError = document.getElementById('post-error');
const ideasRoot = document.getElementById('ideas');
const readyButton = document.getElementById('ready');
const readyStatus = document.getElementById('ready-status');
const readyError = document.getElementById('ready-error');
const voteStatus = document.getElementById('vote-status');
const dotsLeft = document.getElementById('dots-left');

const objectionForm = document.getElementById('objection-form');
const objectionText = document.getElementById('objection-text');
const objectionStatus = document.getElementById('objection-status');
const objectionError = document.getElementById('objection-error');

const room = new Room();
const scoring = new ScoringControls({
  room, workshopId, token: me?.token, refresh: () => live?.refresh(), status: document.getElementById('points-left'),
});
scoring.onChange = () => render();
const buildsOn = new BuildsOn(room, {
  chosen: document.getElementById('draft-links-chosen'),
  list: document.getElementById('draft-links'),
  box: document.getElementById('draft-links-more'),
  picker: document.getElementById('draft-links-picker'),
  textarea: ideaText,
  onChange: () => render(),
});
const ideas = new IdeaList(ideasRoot, room, {
  decorate: decorateIdea,
  update: (item, idea) => {
    buildsOn.update(item, idea, postingOpen());
    updateOwnIdea(item, idea);
    updateVoteControls(item, { ideaId: idea.ideaId }, idea.phase);
    // An idea waiting for approval, or rejected, is not the room's yet: no dots; a rejected one takes no more changes.
    if ((idea.moderation ?? 'APPROVED') !== 'APPROVED') {
      item.querySelectorAll(':scope > .vote-controls').forEach((controls) => { controls.hidden = true; });
    }
    item.querySelector(':scope > .idea-actions').hidden = idea.moderation === 'REJECTED';
  },
  decorateCluster: (block, cluster) =>
    block.querySelector('.idea-items').before(voteControls({ clusterId: cluster.clusterId }, `idea-cluster-${cluster.clusterId}`)),
  updateCluster: (block, cluster) => updateVoteControls(block, { clusterId: cluster.clusterId }, cluster.phase),
});
const countdown = new Countdown(document.getElementById('timer'));
const duplicateHint = new DuplicateHint({
  field: ideaText, region: document.getElementById('near-duplicate'), submit: document.getElementById('idea-submit'), room,
});
const proposalError = document.getElementById('proposal-error');
const desk = new ProposalDesk({
  room,
  workshopId,
  token: me?.token,
  // Its proposer and the participants of its lead organisation may change a proposal.
  mayChange: (proposal) => proposal.proposer === me.participantId
    || (Boolean(myOrganisation()) && proposal.leadOrganisationId === myOrganisation()),
  render: () => render(),
  refresh: () => live?.refresh(),
  errorNode: proposalError,
  defaultLead: () => myOrganisation() ?? null,
  self: () => ({ proposer: me.participantId, proposerOrganisationId: myOrganisation() ?? null }),
});
const proposals = new ProposalList(document.getElementById('proposals'), room, {
  decorate: (item, proposal) => {
    item.append(commitControls(proposal));
    item.append(voteControls({ proposalId: proposal.proposalId }, `proposal-title-${proposal.proposalId}`));
    desk.decorate(item, proposal);
  },
  update: (item, proposal) => {
    desk.update(item, proposal);
    updateCommitControls(item, proposal);
    updateVoteControls(item, { proposalId: proposal.proposalId }, proposal.status === PROPOSAL_OPEN ? 'REALIZATION' : null);
  },
});
const proposeForm = me?.token ? desk.proposeForm('propose') : null;
if (proposeForm) {
  document.getElementById('propose-slot').append(proposeForm.form);
}
const partnerships = new PartnershipWatch(room, {
  token: me?.token, workshopId, news: document.getElementById('partnership-news'), onChange: () => render(),
});
/** Proposals whose commitment call is on its way, so a second click waits for the first. */
const committing = new Set();
let live = null;
let readySending = false;
const loadOrganisations = me?.token ? organisationLoader(room, me.token, render) : () => {};
let connectionState = LiveState.CONNECTING;
/** A post whose answer never came: sent again with the same ideaId as long as the text is unchanged. */
let pendingPost = null;
/** The same for an objection, with its objectionId. */
let pendingObjection = null;
/** The workshop's dated half-days, as its summary gives them. */
let sessions = [];

/** Between two dated half-days the room waits: the board is there to read, nothing to do until the next date. */
function waitingForNextDate() {
  return halfDayState(sessions).between;
}

/** Ideas may be posted now: a phase is open and the room is not waiting for its next date. */
function postingOpen() {
  return isOpen(room.phase) && !waitingForNextDate();
}

function render() {
  document.title = t('participant.documentTitle', { title: room.title });
  setText(document.getElementById('workshop-title'), room.title);
  setText(document.getElementById('workshop-theme'), room.theme);
  showPhase(phaseBadge, room.phase);
  showStep(stepLabel, room.step);
  setText(document.getElementById('phase-prompt'), t(`prompt.${room.phase}`));
  setText(document.getElementById('phase-rule'), t(`rule.${room.phase}`));
  // Dreams answer critiques, actions build on dreams: said where the room's question is.
  const invite = document.getElementById('phase-invite');
  const inviting = postingOpen() && (room.phase === 'UTOPIA' || room.phase === 'REALIZATION');
  invite.hidden = !inviting;
  invite.dataset.phase = room.phase;
  setText(invite, !inviting ? '' : room.phase === 'UTOPIA' ? t('participant.invite.UTOPIA')
    : t('participant.invite.REALIZATION'));
  document.getElementById('anonymous-note').hidden = !(isOpen(room.phase) && room.settingsOf(room.phase).anonymous);

  const state = halfDayState(sessions);
  const waiting = state.between;
  const halfDay = document.getElementById('half-day');
  halfDay.hidden = state.count === 0;
  setText(halfDay, halfDayLine(state));
  const between = document.getElementById('between-dates');
  between.hidden = !waiting;
  setText(between, waiting ? t('halfDays.readOnly', { next: nextSessionText(state.sessions[state.next]) }) : '');
  const open = isOpen(room.phase) && !waiting;
  if (!open) {
    showError(postError, null); // whatever went wrong with a post no longer matters
    duplicateHint.clear();
  }
  ideaFieldset.disabled = !open;
  postingClosed.hidden = open;
  setText(postingClosed, open ? '' : waiting ? nextSessionText(state.sessions[state.next])
    : t(`participant.closed.${room.phase}`));
  ideasRoot.classList.toggle('is-readonly', !open);
  buildsOn.renderForm(open);
  renderStepPanel(open);
  renderPrivateWriting(open);
  renderObjectionForm();
  renderVoting();
  renderProposals();
  ideas.render();
}

/** The organisation this participant speaks for, as the workshop's participants say. */
function myOrganisation() {
  return room.organisationOf(me?.participantId);
}

/** From REALIZATION on: the projects, who is committed, the partnerships, and the way to the follow-up. */
function renderProposals() {
  const realizing = room.phase === 'REALIZATION';
  const shown = realizing || room.phase === 'CLOSED' || room.proposals.size > 0;
  document.getElementById('proposals-section').hidden = !shown;
  const followUp = realizing || room.phase === 'CLOSED';
  document.getElementById('follow-up-section').hidden = !followUp;
  document.getElementById('follow-up-link').href = `/follow-up.html?workshop=${encodeURIComponent(workshopId)}`;
  if (!shown) {
    return;
  }
  const count = proposals.render();
  setText(document.getElementById('proposals-title'), plural('proposals.title', count));
  setText(document.getElementById('proposals-intro'), t(realizing ? 'proposals.intro' : 'proposals.introReadOnly'));
  document.getElementById('proposals-empty').hidden = count > 0;
  document.getElementById('propose-box').hidden = !realizing;
  document.getElementById('proposal-vote-rule').hidden = !(isVoting() && realizing && count > 0);
  proposeForm?.render();
  desk.renderEditors();
  renderPartnershipList(document.getElementById('partnerships'), document.getElementById('partnerships-empty'), room);
}

/** "Commit my organisation", or what this participant's organisation already did. */
function commitControls(proposal) {
  const describedBy = { 'aria-describedby': `proposal-title-${proposal.proposalId}` };
  const commit = element('button', {
    className: 'primary commit-button', text: t('commit.button'),
    attributes: { type: 'button', 'data-i18n': 'commit.button', ...describedBy },
  });
  const withdraw = element('button', {
    className: 'secondary uncommit-button', text: t('commit.withdraw'),
    attributes: { type: 'button', 'data-i18n': 'commit.withdraw', ...describedBy },
  });
  commit.addEventListener('click', () => changeCommitment(proposal.proposalId, true));
  withdraw.addEventListener('click', () => changeCommitment(proposal.proposalId, false));
  return element('div', { className: 'commit-row' }, [
    element('p', { className: 'commit-status' }),
    element('div', { className: 'button-row' }, [commit, withdraw]),
    element('p', { className: 'alert commit-error', attributes: { role: 'alert' } }),
  ]);
}

function updateCommitControls(item, proposal) {
  const row = item.querySelector(':scope > .commit-row');
  const organisation = myOrganisation();
  const possible = room.phase === 'REALIZATION' && proposal.status === PROPOSAL_OPEN && Boolean(organisation)
    && !waitingForNextDate();
  const committed = possible && proposal.commitments.some((c) => c.organisationId === organisation);
  row.hidden = !possible;
  row.dataset.committed = String(committed);
  const busy = committing.has(proposal.proposalId);
  const commit = row.querySelector('.commit-button');
  const withdraw = row.querySelector('.uncommit-button');
  commit.hidden = committed;
  withdraw.hidden = !committed;
  commit.disabled = busy;
  withdraw.disabled = busy;
  setText(row.querySelector('.commit-status'), committed
    ? t('commit.committed', { organisation: room.organisationName(organisation) || t('organisation.yours') }) : '');
}

/** Commits this participant's organisation to a proposal (or withdraws its commitment); the server says who is in. */
async function changeCommitment(proposalId, joining) {
  const item = proposals.item(proposalId);
  const error = item?.querySelector('.commit-error');
  if (error) {
    showError(error, null);
  }
  committing.add(proposalId);
  render();
  const url = path`/api/proposals/${proposalId}/commitments`;
  const title = room.proposals.get(proposalId)?.title ?? '';
  try {
    if (joining) {
      const answer = await api(url, { method: 'POST', token: me.token, body: {} });
      // Shown at once; the OrganisationCommitted message (and PartnershipFormed) that follow say the same.
      const organisationId = answer?.organisationId ?? myOrganisation();
      room.apply({ type: 'OrganisationCommitted', payload: { proposalId, organisationId } });
      if (answer?.partnershipId) {
        const organisationIds = room.proposals.get(proposalId)?.commitments.map((c) => c.organisationId) ?? [];
        room.apply({ type: 'PartnershipFormed', payload: { proposalId, partnershipId: answer.partnershipId, organisationIds } });
      }
      announce(t('announce.committed', { title }));
    } else {
      await api(url, { method: 'DELETE', token: me.token });
      room.apply({ type: 'CommitmentWithdrawn', payload: { proposalId, organisationId: myOrganisation() } });
      announce(t('announce.uncommitted', { title }));
    }
  } catch (failure) {
    if (error) {
      showError(error, failure);
    }
    if (failure.status === 409 || failure.status === 404) {
      live?.refresh();
    }
  } finally {
    committing.delete(proposalId);
    render();
    // The button pressed is now hidden: the keyboard goes to the one that undoes it.
    const row = proposals.item(proposalId)?.querySelector('.commit-row');
    const next = row?.querySelector(joining ? '.uncommit-button' : '.commit-button');
    if (next && !next.hidden && !row.hidden) {
      next.focus();
    }
  }
}

/** While the phase's ideas are written privately: one's own are listed, the others' only counted. */
function renderPrivateWriting(open) {
  const waiting = open && room.awaitsReveal(room.phase);
  document.getElementById('private-box').hidden = !waiting;
  const others = document.getElementById('private-others');
  others.dataset.count = String(waiting ? room.privateIdeas : 0);
  setText(others, waiting ? plural('private.others', room.privateIdeas) : '');
}

function renderObjectionForm() {
  const dreaming = room.phase === 'UTOPIA' && !waitingForNextDate();
  objectionForm.hidden = !dreaming;
  if (!dreaming) {
    showError(objectionError, null);
    setText(objectionStatus, '');
  }
  const surfaced = objectionsSurfaced(room.phase) && (room.phase === 'REALIZATION' || room.objections.length > 0);
  document.getElementById('objections-section').hidden = !surfaced;
  setText(document.getElementById('objections-note'),
    room.objections.length > 0 ? t('objections.intro') : t('objections.empty'));
  renderObjections(document.getElementById('objections'), surfaced ? room.objections : []);
}

function renderStepPanel(open) {
  document.getElementById('step-panel').hidden = !open;
  showStepBar(document.getElementById('step-bar'), room.step);
  countdown.show(room.timer);
  const done = room.ready.has(me?.participantId);
  readyButton.disabled = !open || done || readySending;
  setText(readyButton, done ? t('ready.done') : t('ready.button'));
  setText(readyStatus, done ? t('ready.doneHint') : t('ready.hint'));
}

function isVoting() {
  return isOpen(room.phase) && room.step === 'VOTE' && !waitingForNextDate();
}

function renderVoting() {
  const voting = isVoting();
  const dots = room.votingModeOf(room.phase) === 'DOTS';
  voteStatus.hidden = !voting;
  scoring.renderStatus(voting);
  renderResults(document.getElementById('scoring-results'), room, room.phase);
  const scoringRule = document.getElementById('scoring-rule');
  scoringRule.hidden = !voting || dots;
  setText(scoringRule, dots ? '' : t(`scoring.rule.${room.votingModeOf(room.phase)}`));
  document.getElementById('vote-rule').hidden = !voting || !dots;
  document.getElementById('vote-cluster-rule').hidden = !voting || !dots || room.clustersOf(room.phase).length === 0;
  if (!dots) {
    dotsLeft.hidden = true;
    return;
  }
  if (!voting) {
    document.querySelectorAll('.vote-error').forEach((node) => showError(node, null)); // a refusal of the last step no longer matters
    return;
  }
  // The server counts the dots; the board says how many this participant has left.
  const left = room.votesLeft;
  dotsLeft.hidden = left === null;
  dotsLeft.dataset.left = String(left ?? '');
  setText(dotsLeft, left === null ? '' : plural('vote.left', left, { budget: room.votesPerParticipant }));
}

function renderCounter() {
  setText(ideaCounter, t('participant.counter', { count: ideaText.value.length, max: MAX_IDEA_LENGTH }));
}

function onSync(snapshot) {
  const wasWaiting = isOpen(room.phase) && room.awaitsReveal(room.phase);
  const phase = room.phase;
  room.load(snapshot);
  scoring.synced();
  sessions = snapshot.workshop.sessions ?? [];
  const myself = room.participants.get(me.participantId);
  if (myself && myself.displayName !== me.displayName) {
    Object.assign(me, saveIdentity({ workshopId, displayName: myself.displayName }));
  }
  showError(liveError, null);
  render();
  if (wasWaiting && room.phase === phase && !room.awaitsReveal(phase)) {
    announce(t('announce.revealed'));
  }
  loadOrganisations();
  if (room.phase === 'REALIZATION' || room.phase === 'CLOSED' || room.proposals.size > 0) {
    partnerships.load();
  }
}

const VOTE_TYPES = new Set([
  'VoteCast', 'VoteRetracted', 'ClusterVoteCast', 'ClusterVoteRetracted', 'ProposalVoteCast', 'ProposalVoteRetracted',
]);

/**
 * True when a message changes this participant's own dots in a way its payload does not tell:
 * a vote of theirs (cast in another tab, or the echo of this one), or an idea withdrawn or hidden
 * with their dots on it, which go back to them. In an anonymous phase votes travel without their
 * voter; this page then learns of its own dots from its own calls.
 */
function changesOwnDots({ type, payload }) {
  if (VOTE_TYPES.has(type)) {
    return payload.voter === me.participantId;
  }
  if (type === 'ProposalWithdrawn') {
    return room.myDotsOn({ proposalId: payload.proposalId }) > 0;
  }
  return (type === 'IdeaWithdrawn' || type === 'IdeaHidden') && room.myDotsOn({ ideaId: payload.ideaId }) > 0;
}

function onMessage(message) {
  if (message.type === 'ParticipantRemoved' && message.payload.participantId === me.participantId) {
    showRemoved(message.payload.reason);
    return;
  }
  const before = { phase: room.phase, step: room.step };
  const ownDotsChanged = changesOwnDots(message);
  const ownIdeaHidden = message.type === 'IdeaHidden'
    && room.ideas.get(message.payload.ideaId)?.participantId === me.participantId;
  const hiddenText = ownIdeaHidden ? room.ideas.get(message.payload.ideaId).text : '';
  room.apply(message);
  if (ownDotsChanged) {
    live.refresh();
  }
  render();
  if (room.phase !== before.phase) {
    announce(phaseAnnouncement(room.phase));
  } else if (room.step !== before.step && room.step) {
    announce(t('announce.step', { step: t(`step.${room.step}`) }));
  } else if (message.type === 'TimerStarted') {
    announce(plural('announce.timerStarted', Math.ceil(message.payload.seconds / 60)));
  }
  if (ownIdeaHidden) {
    // Said where the idea was, not only to screen readers: an idea that just vanishes looks like a fault.
    const reason = message.payload.reason;
    setText(document.getElementById('hidden-notice'), t(reason ? 'ideas.hiddenNoticeReason' : 'ideas.hiddenNotice', {
      text: excerpt(hiddenText), reason: reason ?? '',
    }));
  }
  partnerships.onMessage(message);
  loadOrganisations();
}

function decorateIdea(item, idea) {
  const actions = element('div', { className: 'idea-actions' });
  item.append(actions);
  buildsOn.decorate(item, idea, actions);
  decorateOwnIdea(item, idea, actions);
  item.append(voteControls({ ideaId: idea.ideaId }, `idea-text-${idea.ideaId}`));
}

function decorateOwnIdea(item, idea, actions) {
  if (idea.participantId !== me.participantId) {
    return;
  }
  item.classList.add('is-own');
  item.querySelector('.idea-meta').append(
    element('span', { className: 'idea-own', text: t('ideas.you'), attributes: { 'data-i18n': 'ideas.you' } }));
  const describedBy = { 'aria-describedby': `idea-text-${idea.ideaId}` };
  const edit = element('button', {
    className: 'secondary edit-button', text: t('ideas.edit'),
    attributes: { type: 'button', 'data-i18n': 'ideas.edit', ...describedBy },
  });
  const withdraw = element('button', {
    className: 'secondary danger-text withdraw-button', text: t('ideas.withdraw'),
    attributes: { type: 'button', 'data-i18n': 'ideas.withdraw', ...describedBy },
  });
  edit.addEventListener('click', () => openEditor(item, idea.ideaId));
  withdraw.addEventListener('click', () => withdrawIdea(idea.ideaId));
  actions.append(edit, withdraw);
}

/**
 * Ideas stay what was voted: once its phase is over an idea is no longer its author's to change,
 * and while the room votes an idea that has dots keeps its text (the server decides; the page
 * only does not offer what it would refuse).
 */
function updateOwnIdea(item, idea) {
  const edit = item.querySelector('.idea-actions .edit-button');
  if (!edit) {
    return;
  }
  const itsPhase = idea.phase === room.phase;
  edit.hidden = !itsPhase;
  item.querySelector('.idea-actions .withdraw-button').hidden = !itsPhase;
  edit.disabled = itsPhase && room.step === 'VOTE' && (idea.votes ?? 0) > 0;
  edit.title = edit.disabled ? t('problem.IdeaHasVotes') : '';
}

/**
 * −1 and +1 buttons for an idea ({ideaId}), a cluster ({clusterId}) or a proposal ({proposalId}), named by the element
 * `describedById`: one short row, with the refusal of a dot said right under it.
 */
function voteControls(target, describedById) {
  const both = document.createDocumentFragment();
  both.append(dotControls(target, describedById), scoring.controlsFor(target, describedById));
  return both;
}

function dotControls(target, describedById) {
  const describedBy = { 'aria-describedby': describedById };
  // "+1" is what the eye needs; the word after it is for screen readers, within the button's own text.
  const button = (className) => element('button', { className, attributes: { type: 'button', ...describedBy } }, [
    element('span', { className: 'vote-sign', attributes: { 'aria-hidden': 'true' } }),
    element('span', { className: 'visually-hidden vote-word' }),
  ]);
  const minus = button('secondary vote-minus');
  const plus = button('primary vote-plus');
  const refusal = element('p', { className: 'alert vote-error', attributes: { role: 'alert' } });
  minus.addEventListener('click', () => vote(target, -1, refusal));
  plus.addEventListener('click', () => vote(target, 1, refusal));
  return element('div', { className: 'vote-controls', attributes: { hidden: '' } }, [
    minus,
    element('span', { className: 'own-dots' }, [
      element('span', { className: 'own-dots-marks', attributes: { 'aria-hidden': 'true' } }),
      element('span', { className: 'own-dots-text' }),
    ]),
    plus,
    refusal,
  ]);
}

/** Shows the participant's own dots on the target of `holder` (an idea's item, a cluster's block or a proposal's card). */
function updateVoteControls(holder, target, phase) {
  const controls = holder.querySelector(':scope > .vote-controls');
  const voting = isVoting() && phase === room.phase;
  scoring.update(holder, target, phase, voting);
  controls.hidden = !voting || room.votingModeOf(phase) !== 'DOTS';
  const own = voting ? room.myDotsOn(target) : 0;
  holder.classList.toggle('has-own-dots', own > 0);
  controls.dataset.own = String(own);
  setText(controls.querySelector('.own-dots-marks'), '●'.repeat(Math.min(own, 10)));
  setText(controls.querySelector('.own-dots-text'), plural('vote.own', own));
  for (const [selector, key] of [['.vote-minus', 'vote.minus'], ['.vote-plus', 'vote.plus']]) {
    const button = controls.querySelector(selector);
    setText(button.querySelector('.vote-sign'), t(`${key}.sign`));
    setText(button.querySelector('.vote-word'), t(key));
  }
  controls.querySelector('.vote-minus').disabled = own === 0;
  // Nothing left to put, or the cap on one target reached: a +1 that can only be refused is not offered.
  const capped = room.maxVotesPerIdea > 0 && own >= room.maxVotesPerIdea;
  controls.querySelector('.vote-plus').disabled = room.votesLeft === 0 || capped;
  if (!voting) {
    showError(controls.querySelector('.vote-error'), null);
  }
}

/**
 * Puts one of the participant's dots on an idea, a cluster or a proposal (+1) or takes one back (-1). The server
 * keeps the count: once it said yes, the board (which then holds the change) says what is left.
 */
async function vote(target, delta, refusal) {
  document.querySelectorAll('.vote-error').forEach((node) => showError(node, null));
  const votes = path`/api/workshops/${workshopId}/votes`;
  try {
    if (delta > 0) {
      await api(votes, { method: 'POST', token: me.token, body: target });
    } else if (target.clusterId) {
      await api(`${votes}${path`/clusters/${target.clusterId}`}`, { method: 'DELETE', token: me.token });
    } else if (target.proposalId) {
      await api(`${votes}${path`/proposals/${target.proposalId}`}`, { method: 'DELETE', token: me.token });
    } else {
      await api(`${votes}${path`/${target.ideaId}`}`, { method: 'DELETE', token: me.token });
    }
    live?.refresh();
  } catch (error) {
    showError(refusal, { detail: t(delta > 0 ? 'vote.refused' : 'vote.retractRefused', { detail: afterColon(error.detail) }) });
    if (error.status === 409) {
      live?.refresh(); // the step may have moved on
    }
  }
}

readyButton.addEventListener('click', async () => {
  const step = { phase: room.phase, step: room.step };
  showError(readyError, null);
  readySending = true;
  render();
  try {
    await api(path`/api/workshops/${workshopId}/ready`, { method: 'POST', token: me.token });
    room.apply({ type: 'ParticipantReady', payload: { participantId: me.participantId, ...step } });
    announce(t('announce.ready'));
  } catch (error) {
    showError(readyError, error);
  } finally {
    readySending = false;
    render();
    // The button is now disabled: keep the keyboard next to it, on the sentence that says it is noted.
    if (readyButton.disabled) {
      readyStatus.focus();
    }
  }
});

function openEditor(item, ideaId) {
  if (item.classList.contains('is-editing')) {
    return;
  }
  const fieldId = `edit-${ideaId}`;
  const textarea = element('textarea', { attributes: { id: fieldId, rows: '4', maxlength: String(MAX_IDEA_LENGTH) } });
  textarea.value = room.ideas.get(ideaId)?.text ?? '';
  const save = element('button', {
    className: 'primary', text: t('ideas.save'), attributes: { type: 'submit', 'data-i18n': 'ideas.save' },
  });
  const cancel = element('button', {
    className: 'secondary', text: t('dialog.cancel'), attributes: { type: 'button', 'data-i18n': 'dialog.cancel' },
  });
  const error = element('p', { className: 'alert', attributes: { role: 'alert' } });
  const editor = element('form', { className: 'idea-editor', attributes: { novalidate: '' } }, [
    element('label', { text: t('ideas.editLabel'), attributes: { for: fieldId, 'data-i18n': 'ideas.editLabel' } }),
    textarea,
    element('div', { className: 'button-row' }, [save, cancel]),
    error,
  ]);

  const close = () => {
    editor.remove();
    item.classList.remove('is-editing');
    item.querySelector('.edit-button').focus();
  };
  cancel.addEventListener('click', close);
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
    }
  });
  editor.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text) {
      showError(error, { detail: t('participant.empty') });
      textarea.focus();
      return;
    }
    save.disabled = true;
    try {
      await api(path`/api/workshops/${workshopId}/ideas/${ideaId}`, { method: 'PATCH', token: me.token, body: { text } });
      // Shown at once; the IdeaEdited message that follows sets the same text.
      room.apply({ type: 'IdeaEdited', payload: { ideaId, text } });
      close();
      render();
      announce(t('announce.edited'));
    } catch (failure) {
      showError(error, failure);
      save.disabled = false;
    }
  });

  item.classList.add('is-editing');
  item.querySelector('.idea-text').after(editor);
  textarea.focus();
}

async function withdrawIdea(ideaId) {
  const text = room.ideas.get(ideaId)?.text ?? '';
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
  const { confirmed } = await confirmAction({
    title: t('ideas.withdrawTitle'),
    message: t('ideas.withdrawMessage', { text: excerpt }),
    confirmLabel: t('ideas.withdraw'),
    destructive: true,
  });
  if (!confirmed) {
    return;
  }
  showError(actionError, null);
  try {
    await api(path`/api/workshops/${workshopId}/ideas/${ideaId}`, { method: 'DELETE', token: me.token });
    // Shown at once; the IdeaWithdrawn message that follows says the same.
    room.apply({ type: 'IdeaWithdrawn', payload: { ideaId } });
    render();
    // The idea's buttons are gone: keep the keyboard in the list rather than at the top of the page.
    document.getElementById('ideas-title').focus();
    announce(t('announce.withdrawn'));
  } catch (error) {
    showError(actionError, error);
  }
}

ideaForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(postError, null);
  const text = ideaText.value.trim();
  if (!text) {
    showError(postError, { detail: t('participant.empty') });
    ideaText.focus();
    return;
  }
  if (duplicateHint.holdsBack()) {
    ideaText.focus();
    return;
  }
  const inspiredBy = buildsOn.ids();
  // A retry is the same post only with the same content: same text, same ideas built on.
  if (pendingPost?.text !== text || pendingPost.inspiredBy.join() !== inspiredBy.join()) {
    pendingPost = { ideaId: newId(), text, inspiredBy };
  }
  const sending = pendingPost;
  const submit = document.getElementById('idea-submit');
  submit.disabled = true;
  try {
    await retried(() => api(path`/api/workshops/${workshopId}/ideas`, {
      method: 'POST', token: me.token, body: { ideaId: sending.ideaId, text: sending.text, inspiredBy: sending.inspiredBy },
    }));
    pendingPost = null;
    // Shown at once; the IdeaPosted message that follows sets the same idea.
    room.apply({ type: 'IdeaPosted', payload: {
      ideaId: sending.ideaId,
      text: sending.text,
      author: me.participantId,
      organisationId: room.organisationOf(me.participantId),
      phase: room.phase,
      inspiredBy: sending.inspiredBy,
      moderation: room.settingsOf(room.phase).moderated ? 'PENDING' : 'APPROVED',
    } });
    ideaText.value = '';
    buildsOn.clear();
    duplicateHint.clear();
    renderCounter();
    render();
    announce(t(room.settingsOf(room.phase).moderated ? 'announce.postedPending' : 'announce.posted'));
  } catch (error) {
    if (!error.transient) {
      pendingPost = null;
    }
    showError(postError, error);
  } finally {
    submit.disabled = false;
    ideaText.focus();
  }
});

objectionForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(objectionError, null);
  setText(objectionStatus, '');
  const text = objectionText.value.trim();
  if (!text) {
    showError(objectionError, { detail: t('objection.empty') });
    objectionText.focus();
    return;
  }
  if (pendingObjection?.text !== text) {
    pendingObjection = { objectionId: newId(), text };
  }
  const sending = pendingObjection;
  const submit = document.getElementById('objection-submit');
  submit.disabled = true;
  try {
    await retried(() => api(path`/api/workshops/${workshopId}/objections`, {
      method: 'POST', token: me.token, body: sending,
    }));
    pendingObjection = null;
    objectionText.value = '';
    setText(objectionStatus, t('objection.parked'));
  } catch (error) {
    if (!error.transient) {
      pendingObjection = null;
    }
    showError(objectionError, error);
    if (error.status === 409) {
      live?.refresh();
    }
  } finally {
    submit.disabled = false;
    objectionText.focus();
  }
});

ideaText.addEventListener('input', renderCounter);
ideaText.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    ideaForm.requestSubmit();
  }
});

/** Put out of the room: the page says so, stops following it, and the device forgets the place. */
function showRemoved(reason) {
  live?.stop();
  forgetIdentity(workshopId);
  document.getElementById('workshop').hidden = true;
  connection.hidden = true;
  setText(document.getElementById('removed-text'), reason ? t('participant.removedReason', { reason })
    : t('participant.removedText'));
  document.getElementById('removed').hidden = false;
}

/** A screen refused (its token no longer opens the room): asks once why, to tell a removal apart. */
async function onLiveError(error) {
  if (error?.problem?.code === REMOVED) {
    showRemoved(null);
    return;
  }
  showError(liveError, error);
  if (!error?.status) {
    try {
      await api(path`/api/workshops/${workshopId}`, { token: me.token });
    } catch (probe) {
      if (probe.problem?.code === REMOVED) {
        showRemoved(null);
      }
    }
  }
}

function renderMyCode() {
  const box = document.getElementById('my-code-box');
  box.hidden = !me.rejoinCode;
  if (me.rejoinCode) {
    showPersonalCode({
      code: document.getElementById('my-code'),
      link: document.getElementById('my-link'),
      qr: document.getElementById('my-qr'),
    }, me.rejoinCode);
  }
}

onLanguageChange(() => {
  showConnection(connection, connectionState);
  renderCounter();
  render();
  duplicateHint.render();
  partnerships.render();
  if (me?.token) {
    showHalfDays({
      box: document.getElementById('my-dates-box'),
      list: document.getElementById('my-dates'),
      calendarLink: document.getElementById('calendar-link'),
    }, me).catch(() => {});
  }
});

await initI18n();
showConnection(connection, connectionState);
renderCounter();
if (!me?.token) {
  document.getElementById('no-session').hidden = false;
} else {
  document.getElementById('workshop').hidden = false;
  live = followWorkshop({
    workshopId,
    token: me.token,
    onSync,
    onMessage,
    onState: (state) => {
      connectionState = state;
      showConnection(connection, state);
    },
    onError: onLiveError,
  });
  renderMyCode();
  showHalfDays({
    box: document.getElementById('my-dates-box'),
    list: document.getElementById('my-dates'),
    calendarLink: document.getElementById('calendar-link'),
  }, me).catch(() => {});
  // A half-day starts or ends while the page is open: the page follows the clock, not only the room.
  setInterval(() => render(), HALF_DAY_CHECK_MS);
}
