import { api, path } from './api.js';
import { askForEvaluatorToken, evaluatorPage, evaluatorToken, forgetEvaluatorToken } from './evaluator-access.js';
import { Exports } from './exports.js';
import { Indicators, Network } from './network.js';
import { Names, PHASE_EVENTS } from './history-text.js';
import { initI18n, onLanguageChange, t } from './i18n.js';
import { Replay } from './replay.js';
import { phaseBands, readAllHistory, Timeline } from './timeline.js';
import { Trace } from './trace.js';
import { queryParameter, setText, showError, showPhase } from './ui.js';

// The evaluator's page: the workshop's history as a timeline, the board replayed position by
// position, the exports and the integrity of the history. Read only: nothing here changes the workshop.

const workshopId = queryParameter('workshop');
const pageError = document.getElementById('page-error');

function askForToken(error = null) {
  document.getElementById('evaluator').hidden = true;
  askForEvaluatorToken(workshopId, { error, onToken: start });
}

/**
 * The timeline's first events come first: they are asked for before anything else, beside the two
 * reads that name what they are about (the workshop, the register), and shown as soon as those
 * are in. The whole history (for the phases' bands), the board and the sections below are read
 * after that, so the first thing a reader sees waits neither for them nor for the graphs' library.
 */
async function start(token) {
  showError(pageError, null);
  const names = new Names();
  const timeline = new Timeline({ workshopId, token, names, onReplay: (position) => replayFrom(position) });
  const firstEvents = timeline.readFirstPage();
  const quietly = (reading, fallback) => reading.catch(() => fallback);
  const workshopRead = api(path`/api/workshops/${workshopId}`, { token });
  const registerRead = quietly(api('/api/organisations', { token }), []);
  // Made before anything is awaited, so no button of the timeline can be pressed before it exists.
  const replay = new Replay({ workshopId, token, names });
  const replayFrom = (position) => {
    replay.pause();
    replay.show(position);
    const title = document.getElementById('replay-title');
    title.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  };
  let workshop;
  try {
    workshop = await workshopRead;
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      forgetEvaluatorToken(workshopId);
      askForToken(error);
    } else {
      showError(pageError, error);
    }
    return;
  }
  document.getElementById('no-token').hidden = true;
  document.getElementById('evaluator').hidden = false;
  names.learnWorkshop(workshop);
  const register = await registerRead;
  names.learnOrganisations(register);
  let version = workshop.version ?? 0;
  const renderHeader = () => {
    document.title = t('evaluator.documentTitle', { title: workshop.title });
    setText(document.getElementById('workshop-title'), workshop.title);
    setText(document.getElementById('workshop-theme'), workshop.theme);
    showPhase(document.getElementById('phase'), workshop.phase);
    setText(document.getElementById('version'), t('evaluator.version', { version }));
  };
  renderHeader();
  document.getElementById('report-link').href = evaluatorPage('report.html', workshopId, token);
  document.getElementById('follow-up-link').href = evaluatorPage('follow-up.html', workshopId, token);
  await firstEvents;

  const [board, events] = await Promise.all([
    quietly(api(path`/api/workshops/${workshopId}/board`, { token }), null),
    readAllHistory(workshopId, token).catch((error) => {
      showError(pageError, error);
      return [];
    }),
  ]);
  names.learnBoard(board);
  events.forEach((event) => names.learnEvent(event));
  version = Math.max(version, events.at(-1)?.position ?? 0);
  renderHeader();
  const bands = phaseBands(events.filter((event) => PHASE_EVENTS.includes(event.type)), version, events.at(-1)?.at ?? null);
  const organisationIds = [
    ...(workshop.participants ?? []).map((participant) => participant.organisationId),
    ...events.map((event) => event.organisationId),
  ].filter(Boolean);
  timeline.showPhases({ version, bands, organisationIds });
  // Said again as names arrive: the timeline now, every section once they are all read.
  let renderAll = () => timeline.render();
  nameLateOrganisations(names, token, () => renderAll());

  const trace = new Trace({ token, names, onReplay: replayFrom });
  const network = new Network({ workshopId, token });
  const indicators = new Indicators({ workshopId, token, names });
  const exports = new Exports({ workshopId, token });
  await Promise.all([
    replay.start({ workshop, organisations: new Map(register.map((o) => [o.organisationId, o])), version, events }),
    exports.loadIntegrity(),
    trace.load(workshopId),
    network.load(),
    indicators.load(),
  ]);
  replay.paintBands(bands);

  renderAll = () => {
    renderHeader();
    timeline.render();
    replay.render();
    trace.render();
    network.render();
    indicators.render();
    exports.render();
  };
  onLanguageChange(renderAll);
}

// Waits before asking the register again for organisations it did not name yet (about a minute in all).
const REGISTER_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000, 30000];

/**
 * The register is a read model: an organisation registered a moment before the page opened may
 * not be in it yet. While a sentence on the page had to leave an organisation unnamed, the
 * register is asked again, a few times, and the page said again with the names it learnt.
 */
async function nameLateOrganisations(names, token, render) {
  for (const delay of REGISTER_RETRY_DELAYS_MS) {
    if (names.unnamedOrganisations.size === 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    const register = await api('/api/organisations', { token }).catch(() => null);
    if (register) {
      names.learnOrganisations(register);
      render();
    }
  }
}

await initI18n();
if (!workshopId) {
  showError(pageError, { detail: t('evaluator.noWorkshop') });
} else {
  const token = evaluatorToken(workshopId);
  if (token) {
    start(token);
  } else {
    askForToken();
  }
}
