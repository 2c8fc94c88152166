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

async function start(token) {
  showError(pageError, null);
  let workshop;
  try {
    workshop = await api(path`/api/workshops/${workshopId}`, { token });
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

  const names = new Names();
  names.learnWorkshop(workshop);
  const [register, board, events] = await Promise.all([
    api('/api/organisations', { token }).catch(() => []),
    api(path`/api/workshops/${workshopId}/board`, { token }).catch(() => null),
    readAllHistory(workshopId, token).catch((error) => {
      showError(pageError, error);
      return [];
    }),
  ]);
  names.learnOrganisations(register);
  names.learnBoard(board);
  events.forEach((event) => names.learnEvent(event));
  const version = Math.max(workshop.version ?? 0, events.at(-1)?.position ?? 0);
  const bands = phaseBands(events.filter((event) => PHASE_EVENTS.includes(event.type)), version, events.at(-1)?.at ?? null);

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

  const replay = new Replay({ workshopId, token, names });
  const replayFrom = (position) => {
    replay.pause();
    replay.show(position);
    const title = document.getElementById('replay-title');
    title.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  };
  const timeline = new Timeline({ workshopId, token, names, onReplay: replayFrom });
  const trace = new Trace({ token, names, onReplay: replayFrom });
  const network = new Network({ workshopId, token });
  const indicators = new Indicators({ workshopId, token, names });
  const exports = new Exports({ workshopId, token });
  const organisationIds = [
    ...(workshop.participants ?? []).map((participant) => participant.organisationId),
    ...events.map((event) => event.organisationId),
  ].filter(Boolean);

  await Promise.all([
    timeline.load({ version, bands, organisationIds }),
    replay.start({ workshop, organisations: new Map(register.map((o) => [o.organisationId, o])), version, events }),
    exports.loadIntegrity(),
    trace.load(workshopId),
    network.load(),
    indicators.load(),
  ]);
  replay.paintBands(bands);

  onLanguageChange(() => {
    renderHeader();
    timeline.render();
    replay.render();
    trace.render();
    network.render();
    indicators.render();
    exports.render();
  });
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
