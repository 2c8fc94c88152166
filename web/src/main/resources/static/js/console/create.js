import { api } from '../api.js';
import { t } from '../i18n.js';
import { element, readJsonStorage, showError } from '../ui.js';

const ORGANISER_KEY = 'atelier.organiserKey';
export const FACILITATOR_PREFIX = 'atelier.facilitator.';

/** Without ?workshop: the organiser key, then a new workshop. */
export function startCreating(pageError) {
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
      // A refused key is a mistyped key here, not an expired access to a workshop.
      showError(pageError, error.status === 401 ? { detail: t('console.keyWrong') } : error);
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
    const request = createRequest(pageError);
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
      showError(pageError, error.status === 401 ? { detail: t('console.keyWrong') } : error);
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
function createRequest(pageError) {
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
  const sessions = [];
  for (const [index, phase] of ['CRITIQUE', 'UTOPIA', 'REALIZATION'].entries()) {
    const date = field(`session-${index + 1}-date`).value;
    if (!date) {
      continue;
    }
    // The times are the room's, as typed on this device; the API wants instants.
    const start = new Date(`${date}T${field(`session-${index + 1}-start`).value || '14:00'}`);
    const end = new Date(`${date}T${field(`session-${index + 1}-end`).value || '17:30'}`);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
      return invalid(`session-${index + 1}-end`, 'halfDays.endBeforeStart');
    }
    sessions.push({ phase, start: start.toISOString(), end: end.toISOString() });
  }
  return {
    title, theme, ...(programme ? { programme } : {}), votesPerParticipant: votes, ...(sessions.length ? { sessions } : {}),
  };
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

export function consolePage(id) {
  return `/facilitator.html?workshop=${encodeURIComponent(id)}`;
}

// ---- With ?workshop: the console ----
