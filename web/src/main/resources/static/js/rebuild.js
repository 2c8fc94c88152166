import { api } from './api.js';
import { formatInstant, formatNumber } from './format.js';
import { listOf } from './history-text.js';
import { hasText, initI18n, onLanguageChange, plural, t } from './i18n.js';
import { announce, confirmAction, element, setText, showError } from './ui.js';

// The organiser drops and rebuilds every read model from the event store, and follows it here:
// the state is polled twice a second while a rebuild runs (one organiser; nothing to push).

const ORGANISER_KEY = 'atelier.organiserKey';
const POLL_MILLIS = 500;

const pageError = document.getElementById('rebuild-error');
const keyForm = document.getElementById('key-form');
const keyInput = document.getElementById('organiser-key');
const screen = document.getElementById('rebuild');
const startButton = document.getElementById('start-rebuild');
const progress = document.getElementById('rebuild-progress');

let status = null;
let polling = null;

function key() {
  return sessionStorage.getItem(ORGANISER_KEY);
}

function showStage() {
  keyForm.hidden = Boolean(key());
  screen.hidden = !key();
}

function number(value, digits = 0) {
  return formatNumber(value, digits);
}

function moment(instant) {
  return instant ? formatInstant(instant) : '—';
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '—';
  }
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? t('rebuild.minutesSeconds', { minutes, seconds: seconds % 60 })
    : plural('rebuild.seconds', seconds);
}

function render() {
  if (!status) {
    return;
  }
  const running = status.state === 'RUNNING';
  startButton.disabled = running;
  // While running, the stage says what it is doing: past the replay, the figures stand still for a while.
  setText(document.getElementById('rebuild-state'), running && status.stage
    ? t(`rebuild.stage.${status.stage}`) : t(`rebuild.state.${status.state}`));
  const total = Math.max(status.eventsTotal, status.eventsDone);
  const fraction = status.state === 'DONE' ? 1 : total > 0 ? status.eventsDone / total : 0;
  progress.max = 1;
  progress.value = fraction;
  const figures = plural('rebuild.progressText', status.eventsDone, {
    done: number(status.eventsDone),
    total: number(total),
    percent: number(fraction * 100),
  });
  progress.setAttribute('aria-valuetext', figures);
  setText(document.getElementById('rebuild-progress-text'), figures);
  setText(document.getElementById('rebuild-events'), t('rebuild.eventsOf', {
    done: number(status.eventsDone),
    total: number(total),
  }));
  setText(document.getElementById('rebuild-rate'), t('rebuild.perSecond', { rate: number(status.eventsPerSecond) }));
  setText(document.getElementById('rebuild-left'),
    running && status.stage === 'REPLAYING' ? duration(status.secondsLeft) : '—');
  setText(document.getElementById('rebuild-started'), moment(status.startedAt));
  setText(document.getElementById('rebuild-finished'), moment(status.finishedAt));
  renderResult();
}

function renderResult() {
  const result = document.getElementById('result');
  result.hidden = status.state !== 'DONE' && status.state !== 'FAILED';
  if (result.hidden) {
    return;
  }
  const verdict = document.getElementById('rebuild-verdict');
  if (status.state === 'FAILED') {
    verdict.dataset.identical = 'false';
    setText(verdict, t('rebuild.failed', { reason: status.failure ?? '' }));
  } else if (status.identical === null) {
    delete verdict.dataset.identical;
    setText(verdict, t('rebuild.notCompared', { readModels: readModelNames(status.notCompared) }));
  } else {
    verdict.dataset.identical = String(status.identical);
    setText(verdict, status.identical ? t('rebuild.identical') : t('rebuild.different'));
  }
  setText(document.getElementById('rebuild-compared'), status.state === 'DONE'
    ? t('rebuild.compared', {
      documents: plural('rebuild.documents', status.documentsCompared),
      readModels: readModelNames(status.readModels),
      paused: number((status.pausedMillis ?? 0) / 1000, 1),
    })
    : '');
  const differences = status.differences ?? [];
  document.getElementById('differences').hidden = differences.length === 0;
  document.getElementById('difference-rows').replaceChildren(...differences.map((difference) => element('tr', {}, [
    element('td', { text: difference.collection }),
    element('th', { text: difference.documentId, attributes: { scope: 'row' } }),
    element('td', { text: difference.field }),
    element('td', { text: difference.live }),
    element('td', { text: difference.rebuilt }),
  ])));
}

async function refresh() {
  const before = status?.state;
  status = await api('/api/admin/rebuild', { token: key() });
  render();
  if (before === 'RUNNING' && status.state !== 'RUNNING') {
    announce(document.getElementById('rebuild-verdict').textContent || t(`rebuild.state.${status.state}`));
  }
  if (status.state === 'RUNNING') {
    follow();
  }
}

function follow() {
  if (polling) {
    return;
  }
  polling = setTimeout(async () => {
    polling = null;
    try {
      await refresh();
    } catch (error) {
      showError(pageError, error);
      follow();
    }
  }, POLL_MILLIS);
}

/** The read models as the page's language names them ("tableaux des ateliers, réseau…"), not as the code does. */
function readModelNames(names) {
  return listOf((names ?? []).map((name) => (hasText(`rebuild.readModel.${name}`) ? t(`rebuild.readModel.${name}`) : name)));
}

startButton.addEventListener('click', async () => {
  showError(pageError, null);
  const { confirmed } = await confirmAction({
    title: t('rebuild.confirmTitle'),
    message: t('rebuild.confirmMessage'),
    confirmLabel: t('rebuild.start'),
  });
  if (!confirmed) {
    return;
  }
  try {
    status = await api('/api/admin/rebuild', { method: 'POST', token: key() });
    render();
    announce(t('rebuild.started'));
    if (status.state === 'RUNNING') {
      follow();
    } else {
      await refresh();
    }
  } catch (error) {
    showError(pageError, error);
  }
});

keyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(pageError, null);
  const typed = keyInput.value.trim();
  if (!typed) {
    showError(pageError, { detail: t('console.keyRequired') });
    keyInput.focus();
    return;
  }
  try {
    // Only the organiser may follow a rebuild: reading its state tells a mistyped key (401) at once.
    status = await api('/api/admin/rebuild', { token: typed });
    sessionStorage.setItem(ORGANISER_KEY, typed);
    keyInput.value = '';
    showStage();
    await refresh();
    startButton.focus();
  } catch (error) {
    showError(pageError, error.status === 401 ? { detail: t('console.keyWrong') } : error);
  }
});

document.getElementById('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(ORGANISER_KEY);
  status = null;
  showStage();
  keyInput.focus();
});

onLanguageChange(render);

await initI18n();
showStage();
if (key()) {
  refresh().catch((error) => showError(pageError, error));
}
