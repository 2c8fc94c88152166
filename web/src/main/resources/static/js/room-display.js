import { Countdown } from './countdown.js';
import { formatNumber } from './format.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { followWorkshop } from './live.js';
import { PartnershipWatch } from './partnerships.js';
import { organisationLoader, Room } from './room.js';
import { element, queryParameter, readJsonStorage, setText, showPhase, showStep } from './ui.js';

// The room display, for the projector: what the room sees, in type read from the back of the room,
// on one 16:9 screen that never scrolls. It reads with a display token (read-only, as a participant
// of no organisation), so anonymity and private writing hold as for the room, and it carries no
// control and no key.

const PREFIX = 'atelier.display.';
// The wall's type, in fractions of the screen's height: as large as fits, never below the smallest.
const LARGEST = 1 / 16;
const SMALLEST = 1 / 40;
const FIT_STEPS = 8;
const MOST_BARS = 12;

const workshopId = queryParameter('workshop');
const room = new Room();
const countdown = new Countdown(document.getElementById('timer'));
const ideasRoot = document.getElementById('ideas');
const barsRoot = document.getElementById('bars');
const more = document.getElementById('more');

/**
 * The display's token and the room's code: from the link the console opened (its fragment, which
 * browsers never send), kept in this tab for a reload, and taken out of the address bar.
 */
function displayAccess() {
  const given = new URLSearchParams(window.location.hash.slice(1));
  if (workshopId && given.get('display')) {
    sessionStorage.setItem(PREFIX + workshopId, JSON.stringify({ token: given.get('display'), code: given.get('code') }));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return workshopId ? readJsonStorage(sessionStorage, PREFIX + workshopId) : null;
}

const access = displayAccess();

function render() {
  document.title = t('display.documentTitle', { title: room.title });
  setText(document.getElementById('display-title'), room.title);
  setText(document.getElementById('display-theme'), room.theme);
  showPhase(document.getElementById('display-phase'), room.phase);
  showStep(document.getElementById('display-step'), room.step);
  document.getElementById('display').dataset.phase = room.phase;
  countdown.show(room.timer);
  const preparing = room.phase === 'PREPARATION';
  const closed = room.phase === 'CLOSED';
  document.getElementById('welcome').hidden = !preparing;
  document.getElementById('closed').hidden = !closed;
  document.getElementById('wall').hidden = preparing || closed;
  if (preparing) {
    renderWelcome();
  } else if (closed) {
    setText(document.getElementById('closed-text'), plural('display.closedText', room.ideas.size));
  } else {
    renderWall();
  }
}

function renderWelcome() {
  const code = access?.code ?? '';
  setText(document.getElementById('join-address'), `${window.location.host}/join.html`);
  setText(document.getElementById('join-code'), code);
  const qr = document.getElementById('join-qr');
  qr.hidden = !code;
  if (code && !qr.src.endsWith(`/join/${encodeURIComponent(code)}/qr.svg`)) {
    qr.src = `/join/${encodeURIComponent(code)}/qr.svg`;
  }
  qr.alt = t('console.qrAlt', { code });
  setText(document.getElementById('people-count'), plural('display.people', room.participants.size));
}

/** The results: the step's votes are over (DISCUSS), or the room votes with its tallies shown. */
function showsBars() {
  return room.step === 'DISCUSS' || (room.step === 'VOTE' && !room.talliesHidden());
}

function renderWall() {
  setText(document.getElementById('prompt'), t(`prompt.${room.phase}`));
  const notes = [];
  if (room.awaitsReveal(room.phase) && room.privateIdeas > 0) {
    notes.push(plural('display.private', room.privateIdeas));
  }
  if (room.talliesHidden()) {
    notes.push(t('display.talliesHidden'));
  }
  setText(document.getElementById('wall-note'), notes.join(' '));
  const bars = showsBars();
  ideasRoot.hidden = bars;
  barsRoot.hidden = !bars;
  if (bars) {
    fitBars();
  } else {
    fitIdeas();
  }
}

/** The phase's ideas as groups: its clusters once the room clusters, else one group of every idea. */
function groups() {
  const ideas = room.ideasOf(room.phase);
  if (!room.showsClusters(room.phase)) {
    return [{ title: null, ideas }];
  }
  const inClusters = room.clustersOf(room.phase).map((cluster) => ({
    title: cluster.title, ideas: ideas.filter((idea) => idea.clusterId === cluster.clusterId),
  }));
  const loose = ideas.filter((idea) => !idea.clusterId || !room.clusters.has(idea.clusterId));
  return [...inClusters, ...(loose.length ? [{ title: t('display.unclustered'), ideas: loose }] : [])];
}

function ideaItem(idea) {
  const by = room.isAnonymous(idea) ? '' : room.organisationName(idea.organisationId);
  return element('li', { className: 'display-idea' }, [
    element('span', { text: idea.text }),
    ...(by ? [element('span', { className: 'display-by', text: by })] : []),
  ]);
}

/**
 * Draws the groups with at most `limit` ideas each (the newest), saying how many more each has.
 * Answers how many ideas were left out.
 */
function drawIdeas(limit) {
  let left = 0;
  ideasRoot.replaceChildren(...groups().map(({ title, ideas }) => {
    const shown = ideas.slice(Math.max(0, ideas.length - limit));
    const hidden = ideas.length - shown.length;
    left += hidden;
    return element('section', { className: 'display-group' }, [
      ...(title ? [element('h3', { text: title })] : []),
      element('ul', {}, shown.map(ideaItem)),
      ...(hidden ? [element('p', { className: 'display-group-more', text: plural('display.groupMore', hidden) })] : []),
    ]);
  }));
  return left;
}

function overflows(node) {
  return node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1;
}

/**
 * Sets the largest type at which `draw()` fits its box, between the largest and the smallest
 * sizes; answers whether it fits at all.
 */
function fitType(node, draw) {
  const height = window.innerHeight;
  let low = height * SMALLEST;
  let high = height * LARGEST;
  const at = (size) => {
    node.style.setProperty('--idea-size', `${size}px`);
    draw();
    return !overflows(node);
  };
  if (at(high)) {
    return true;
  }
  for (let step = 0; step < FIT_STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (at(middle)) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return at(low);
}

/**
 * The wall fitted to the screen: the ideas shrink down to the smallest readable type; beyond that
 * each group shows its newest ideas and says how many more it has, and the line below says how
 * many in all, so the room always knows that more exist.
 */
function fitIdeas() {
  const total = room.ideasOf(room.phase).length;
  let limit = total;
  let left = 0;
  const fits = fitType(ideasRoot, () => {
    left = drawIdeas(limit);
  });
  if (!fits) {
    // At the smallest type: fewer ideas per group until they fit.
    while (limit > 1) {
      limit = Math.max(1, Math.floor(limit * 0.8));
      left = drawIdeas(limit);
      if (!overflows(ideasRoot)) {
        break;
      }
    }
  }
  setText(more, left > 0 ? plural('display.more', left) : total === 0 ? t('display.noIdeas') : '');
}

/**
 * The targets of the phase's votes, most voted first: clusters, ideas and, in REALIZATION, projects;
 * counted in dots, in points, or (criteria) as the mean of their averages out of 5.
 */
function tallies() {
  const phase = room.phase;
  const mode = room.votingModeOf(phase);
  const valueOf = (target) => {
    if (mode === 'POINTS') {
      return target.points ?? 0;
    }
    if (mode === 'CRITERIA') {
      const ratings = (target.ratings ?? []).filter((rating) => rating.count > 0);
      return ratings.length === 0 ? 0 : ratings.reduce((sum, rating) => sum + rating.average, 0) / ratings.length;
    }
    return target.votes;
  };
  const items = [
    ...room.clustersOf(phase).map((c) => ({ label: c.title, votes: valueOf(c), kind: 'cluster' })),
    ...room.ideasOf(phase).map((i) => ({ label: i.text, votes: valueOf(i), kind: 'idea' })),
    ...(phase === 'REALIZATION' ? room.openProposals().map((p) => ({ label: p.title, votes: valueOf(p), kind: 'proposal' })) : []),
  ];
  return items.filter((item) => item.votes > 0).sort((a, b) => b.votes - a.votes);
}

function drawBars(items, count) {
  const top = Math.max(1, ...items.map((item) => item.votes));
  barsRoot.replaceChildren(...items.slice(0, count).map((item) => element('li', { attributes: { 'data-kind': item.kind } }, [
    element('span', { className: 'bar-label', text: item.kind === 'cluster' ? t('display.clusterLabel', { title: item.label }) : item.label }),
    element('span', { className: 'bar-track', attributes: { 'aria-hidden': 'true' } }, [
      element('span', { className: 'bar-fill', attributes: { style: `display:block;width:${(100 * item.votes) / top}%` } }),
    ]),
    element('span', { className: 'bar-count', text: room.votingModeOf(room.phase) === 'CRITERIA'
      ? `${item.votes.toLocaleString(document.documentElement.lang || 'fr', { maximumFractionDigits: 1 })}/5`
      : formatNumber(item.votes) }),
  ])));
}

function fitBars() {
  const items = tallies();
  let count = Math.min(items.length, MOST_BARS);
  fitType(barsRoot, () => drawBars(items, count));
  while (count > 1 && overflows(barsRoot)) {
    count -= 1;
    drawBars(items, count);
  }
  setText(more, items.length === 0 ? t('display.noVotes')
    : items.length > count ? plural('display.moreVoted', items.length - count) : '');
}

const partnerships = new PartnershipWatch(room, {
  token: access?.token, workshopId, news: document.getElementById('partnership-news'), onChange: () => render(),
});
const loadOrganisations = access?.token ? organisationLoader(room, access.token, render) : () => {};

onLanguageChange(() => {
  render();
  partnerships.render();
});
window.addEventListener('resize', () => render());

await initI18n();
if (!access?.token) {
  document.getElementById('no-display').hidden = false;
} else {
  document.getElementById('display').hidden = false;
  followWorkshop({
    workshopId,
    token: access.token,
    onSync: (snapshot) => {
      room.load(snapshot);
      render();
      loadOrganisations();
      if (room.phase === 'REALIZATION' || room.phase === 'CLOSED') {
        partnerships.load();
      }
    },
    onMessage: (message) => {
      room.apply(message);
      render();
      partnerships.onMessage(message);
      loadOrganisations();
    },
  });
}
