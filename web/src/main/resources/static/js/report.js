import { api, path } from './api.js';
import { drawNetwork } from './charts.js';
import { askForEvaluatorToken, evaluatorPage, evaluatorToken, forgetEvaluatorToken } from './evaluator-access.js';
import { formatDay, formatSpan } from './format.js';
import { excerpt, formatInstant, listOf, Names } from './history-text.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { renderObjections } from './objections.js';
import { OPEN_PHASES, Room } from './room.js';
import { renderResults } from './scoring.js';
import { formatNumber } from './network.js';
import { readPhaseBands } from './timeline.js';
import { element, queryParameter, setText, showError } from './ui.js';

// The workshop's report ("restitution"), made to be printed to PDF from the browser: its phases
// with their dates, the themes the room put first, the projects with their conditions and
// commitments, the partnerships, the follow-up actions, and the head of the history's hash chain.

const TOP_THEMES = 5;

const workshopId = queryParameter('workshop');
const pageError = document.getElementById('page-error');
let report = null;

async function start(token) {
  showError(pageError, null);
  let workshop;
  try {
    workshop = await api(path`/api/workshops/${workshopId}`, { token });
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      forgetEvaluatorToken(workshopId);
      askForEvaluatorToken(workshopId, { error, onToken: start });
    } else {
      showError(pageError, error);
    }
    return;
  }
  try {
    const [board, register, bands, partnerships, actions, integrity, network, attendance] = await Promise.all([
      api(path`/api/workshops/${workshopId}/board`, { token }),
      api('/api/organisations', { token }).catch(() => []),
      readPhaseBands(workshopId, token, workshop.version ?? 0),
      api(`/api/partnerships?${new URLSearchParams({ workshopId })}`, { token }).catch(() => []),
      api(path`/api/workshops/${workshopId}/actions`, { token }).catch(() => []),
      api(path`/api/workshops/${workshopId}/integrity`, { token }).catch(() => null),
      api(`/api/network?${new URLSearchParams({ workshopId })}`, { token }).catch(() => null),
      api(path`/api/workshops/${workshopId}/attendance`, { token }).catch(() => ({ sessions: [] })),
    ]);
    const names = new Names();
    names.learnWorkshop(workshop);
    names.learnOrganisations(register);
    names.learnBoard(board);
    report = {
      workshop, board, bands, partnerships, actions, integrity, network, attendance, names, generatedAt: new Date().toISOString(),
    };
  } catch (error) {
    showError(pageError, error);
    return;
  }
  document.getElementById('back-link').href = evaluatorPage('evaluator.html', workshopId, token);
  document.getElementById('report').hidden = false;
  render();
}

function render() {
  if (!report) {
    return;
  }
  const { workshop, generatedAt } = report;
  document.title = t('report.documentTitle', { title: workshop.title });
  setText(document.getElementById('report-title'), workshop.title);
  setText(document.getElementById('report-theme'), [workshop.theme, workshop.programme].filter(Boolean).join(' · '));
  setText(document.getElementById('report-generated'), t('report.generated', { date: formatInstant(generatedAt, { withSeconds: false }) }));
  renderPhases();
  renderAttendance();
  renderThemes();
  renderProposals();
  renderScoring();
  renderObjectionsSection();
  renderPartnerships();
  renderActions();
  renderNetwork();
  renderIntegrity();
}

/** The phases voted with points or criteria: what they put first, ranked, as bars (criteria: a chart per target). */
function renderScoring() {
  const room = new Room();
  room.load({ board: report.board, workshop: report.workshop });
  const phases = OPEN_PHASES.filter((phase) => room.votingModeOf(phase) !== 'DOTS');
  const holder = document.getElementById('report-scoring-phases');
  holder.replaceChildren(...phases.map((phase) => {
    const section = element('section', { className: 'scoring-results', attributes: { id: `report-scoring-${phase}` } });
    renderResults(section, room, phase);
    // The report reads the board as evaluators see it: hidden tallies are already shown there.
    return section;
  }));
  document.getElementById('report-scoring').hidden = ![...holder.children].some((section) => !section.hidden);
}

/** The organisations' network as the workshop left it: a picture, its figures and its links in words. */
function renderNetwork() {
  const { network } = report;
  document.getElementById('network-section').hidden = !network;
  if (!network) {
    return;
  }
  const names = new Map(network.nodes.map((node) => [node.organisationId, node.name]));
  setText(document.getElementById('network-figures'), t('report.networkFigures', {
    organisations: plural('report.organisations', network.nodes.length),
    links: plural('report.links', network.links ?? network.edges.length),
    components: plural('report.components', network.components),
    density: formatNumber(network.density, { style: 'percent', maximumFractionDigits: 1 }),
  }));
  const chart = document.getElementById('network-chart');
  chart.hidden = network.nodes.length === 0;
  drawNetwork(chart, network, { linkLabel: (kind) => t(`network.kind.${kind}`) });
  document.getElementById('network-links').replaceChildren(...network.edges.map((edge) => element('li', {
    text: t('report.link', {
      from: names.get(edge.source) ?? '',
      to: names.get(edge.target) ?? '',
      kinds: listOf(edge.kinds.map((kind) => t(`network.kind.${kind}`))),
    }),
  })));
}

/** Who came to each dated half-day: who actually met is what "people who now know each other" rests on. */
function renderAttendance() {
  const { attendance, names } = report;
  const sessions = attendance.sessions ?? [];
  const root = document.getElementById('attendance');
  if (sessions.length === 0) {
    root.replaceChildren(element('p', { className: 'hint', text: t('report.attendanceEmpty') }));
    return;
  }
  root.replaceChildren(...sessions.map((session) => {
    const people = session.present.map((p) => {
      const organisation = names.organisation(p.organisationId);
      return organisation ? `${p.displayName ?? ''} (${organisation})` : p.displayName ?? '';
    });
    return element('div', { className: 'attendance-session' }, [
      element('h3', { text: t('report.attendanceSession', {
        number: session.session, phase: t(`phase.${session.phase}`), when: formatSpan(session.start, session.end),
      }) }),
      element('p', { text: people.length === 0 ? t('report.attendanceNone')
        : `${plural('report.attendanceCount', people.length)} ${listOf(people)}` }),
    ]);
  }));
}

function renderPhases() {
  const { bands, board, workshop } = report;
  document.getElementById('phase-rows').replaceChildren(...bands.map((band) => element('tr', { attributes: { 'data-phase': band.phase } }, [
    element('th', { attributes: { scope: 'row' }, text: t(`phase.${band.phase}`) }),
    element('td', { text: formatInstant(band.startAt, { withSeconds: false }) }),
    element('td', { text: band.phase === 'CLOSED' ? '' : formatInstant(band.endAt, { withSeconds: false }) }),
    element('td', { text: String(band.to - band.from + 1) }),
  ])));
  const organisations = new Set((workshop.participants ?? []).map((participant) => participant.organisationId).filter(Boolean));
  const dots = [...board.ideas, ...(board.clusters ?? []), ...(board.proposals ?? [])]
    .reduce((sum, target) => sum + (target.votes ?? 0), 0);
  setText(document.getElementById('report-figures'), t('report.figures', {
    participants: plural('report.participants', (workshop.participants ?? []).length),
    organisations: plural('report.organisations', organisations.size),
    ideas: plural('report.ideas', board.ideas.length),
    dots: plural('ideas.votes', dots),
  }));
}

/** The clusters of each phase by the dots the room gave them and their ideas; the ideas when a phase has no cluster. */
function renderThemes() {
  const { board, names } = report;
  const sections = OPEN_PHASES.map((phase) => {
    const ideas = board.ideas.filter((idea) => idea.phase === phase);
    const clusters = (board.clusters ?? []).filter((cluster) => cluster.phase === phase).map((cluster) => {
      const inside = ideas.filter((idea) => idea.clusterId === cluster.clusterId);
      return {
        title: cluster.title,
        dots: (cluster.votes ?? 0) + inside.reduce((sum, idea) => sum + (idea.votes ?? 0), 0),
        ideas: inside.length,
        organisations: [...new Set(inside.map((idea) => idea.organisationId).filter(Boolean))].map((id) => names.organisation(id)),
      };
    });
    const ranked = clusters.length > 0 ? clusters
      : ideas.map((idea) => ({ title: excerpt(idea.text), dots: idea.votes ?? 0, ideas: 0, organisations: [names.organisation(idea.organisationId)].filter(Boolean) }));
    ranked.sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title));
    return element('section', { className: 'report-themes', attributes: { 'data-phase': phase } }, [
      element('h3', { text: t(`phase.${phase}`) }),
      ranked.length === 0 ? element('p', { className: 'hint', text: t('report.noThemes') })
        : element('ol', { className: 'report-list' }, ranked.slice(0, TOP_THEMES).map((theme) => element('li', {}, [
          element('strong', { text: theme.title }),
          element('span', { text: ` — ${[plural('ideas.votes', theme.dots),
            ...(theme.ideas ? [plural('report.ideas', theme.ideas)] : []),
            ...(theme.organisations.length ? [listOf(theme.organisations)] : [])].join(' · ')}` }),
        ]))),
    ]);
  });
  document.getElementById('themes').replaceChildren(...sections);
}

function renderProposals() {
  const { board, names, partnerships } = report;
  const proposals = (board.proposals ?? []).filter((proposal) => proposal.status !== 'WITHDRAWN')
    .sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity) || (b.votes ?? 0) - (a.votes ?? 0));
  document.getElementById('proposals-empty').hidden = proposals.length > 0;
  const ideaTexts = new Map(board.ideas.map((idea) => [idea.ideaId, idea.text]));
  const clusterTitles = new Map((board.clusters ?? []).map((cluster) => [cluster.clusterId, cluster.title]));
  document.getElementById('proposals').replaceChildren(...proposals.map((proposal) => {
    const conditions = proposal.conditions ?? {};
    const partnership = partnerships.find((entry) => entry.proposalId === proposal.proposalId && entry.status !== 'DISSOLVED');
    const row = (label, value) => (value ? [element('dt', { text: label }), element('dd', { text: value })] : []);
    return element('article', { className: 'report-proposal', attributes: { 'data-proposal-id': proposal.proposalId } }, [
      element('h3', { text: proposal.priority ? t('report.ranked', { priority: proposal.priority, title: proposal.title }) : proposal.title }),
      ...(proposal.description ? [element('p', { className: 'report-description', text: proposal.description })] : []),
      element('dl', { className: 'report-facts' }, [
        ...row(t('report.lead'), names.organisation(proposal.leadOrganisationId)),
        ...row(t('report.derivedFromClusters'), listOf((proposal.derivedFromClusters ?? [])
          .map((id) => clusterTitles.get(id)).filter(Boolean).map((title) => t('history.quoted', { text: title })))),
        ...row(t('report.derivedFrom'), listOf((proposal.derivedFrom ?? []).map((id) => ideaTexts.get(id)).filter(Boolean)
          .map((text) => t('history.quoted', { text: excerpt(text, 80) })))),
        ...row(t('report.resources'), conditions.resources),
        ...row(t('report.obstacles'), conditions.obstacles),
        ...row(t('report.firstSteps'), conditions.firstSteps),
        ...row(t('report.timeline'), conditions.timeline),
        ...row(t('report.commitments'), (proposal.commitments ?? []).length === 0 ? t('report.noCommitment')
          : listOf(proposal.commitments.map((commitment) => t('report.commitment', {
            organisation: names.organisation(commitment.organisationId), date: formatInstant(commitment.at, { withSeconds: false }),
          })))),
        ...row(t('report.dots'), plural('ideas.votes', proposal.votes ?? 0)),
        ...row(t('report.partnership'), partnership ? t(partnership.strengthened ? 'report.strengthened' : 'report.new') : ''),
      ]),
    ]);
  }));
}

/** The objections parked during UTOPIA: conditions of realization the room said it would look at. */
function renderObjectionsSection() {
  const objections = report.board.objections ?? [];
  document.getElementById('objections-empty').hidden = objections.length > 0;
  renderObjections(document.getElementById('objections'), objections);
}

function renderPartnerships() {
  const { partnerships, names } = report;
  document.getElementById('partnerships-empty').hidden = partnerships.length > 0;
  document.getElementById('partnerships').replaceChildren(...partnerships.map((partnership) => element('li', {
    attributes: { 'data-partnership-id': partnership.partnershipId },
  }, [
    element('strong', { text: names.organisationList(partnership.organisationIds) }),
    element('span', { text: ` — ${[
      t('report.around', { proposal: names.proposal(partnership.proposalId) }),
      t('report.formedAt', { date: formatInstant(partnership.formedAt, { withSeconds: false }) }),
      t(partnership.strengthened ? 'report.strengthened' : 'report.new'),
      ...(partnership.status === 'DISSOLVED' ? [t('report.dissolved')] : []),
    ].join(' · ')}` }),
  ])));
}

function renderActions() {
  const { actions, names } = report;
  document.getElementById('actions-empty').hidden = actions.length > 0;
  document.getElementById('actions-table').hidden = actions.length === 0;
  document.getElementById('action-rows').replaceChildren(...actions.map((action) => element('tr', {}, [
    element('td', { text: action.what }),
    element('td', { text: names.organisation(action.organisationId) }),
    element('td', { text: action.proposalTitle ?? names.proposal(action.proposalId) }),
    element('td', { text: action.due ? formatDay(action.due) : '' }),
    element('td', { text: action.status ? t(`history.actionStatus.${action.status}`) : '' }),
  ])));
}

function renderIntegrity() {
  const { integrity } = report;
  setText(document.getElementById('integrity-head'), integrity?.head ?? t('report.noIntegrity'));
  setText(document.getElementById('integrity-events'), integrity ? String(integrity.events) : '');
  setText(document.getElementById('integrity-algorithm'), integrity?.algorithm ?? '');
}

await initI18n();
document.getElementById('print').addEventListener('click', () => window.print());
onLanguageChange(render);
if (!workshopId) {
  showError(pageError, { detail: t('evaluator.noWorkshop') });
} else {
  const token = evaluatorToken(workshopId);
  if (token) {
    start(token);
  } else {
    askForEvaluatorToken(workshopId, { onToken: start });
  }
}
