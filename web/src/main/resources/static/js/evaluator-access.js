import { t } from './i18n.js';
import { readJsonStorage, showError } from './ui.js';

// Evaluators open their pages from the link the facilitator hands them: …?workshop=…#evaluator=<token>.
// The token travels in the fragment, which browsers never send to the server; the page keeps it in
// this tab (as the follow-up board does) and takes it out of the address bar.
const EVALUATOR_PREFIX = 'atelier.evaluator.';
const FACILITATOR_PREFIX = 'atelier.facilitator.';

/** The evaluator token of the workshop: from the link just opened, as kept in this tab, or from the console that created it. */
export function evaluatorToken(workshopId) {
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('evaluator');
  if (fromLink) {
    keepEvaluatorToken(workshopId, fromLink);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(EVALUATOR_PREFIX + workshopId)
    ?? readJsonStorage(localStorage, FACILITATOR_PREFIX + workshopId)?.evaluatorToken
    ?? null;
}

export function keepEvaluatorToken(workshopId, token) {
  sessionStorage.setItem(EVALUATOR_PREFIX + workshopId, token);
}

export function forgetEvaluatorToken(workshopId) {
  sessionStorage.removeItem(EVALUATOR_PREFIX + workshopId);
}

/** A page of the evaluator's set, for this workshop, carrying the token in its fragment (for a new tab). */
export function evaluatorPage(page, workshopId, token, query = {}) {
  const search = new URLSearchParams({ workshop: workshopId, ...query });
  return `/${page}?${search}#${new URLSearchParams({ evaluator: token })}`;
}

/** Reads a token or a whole evaluator link pasted by a person; null when it is neither. */
export function tokenFromInput(text) {
  const value = text.trim();
  if (!value) {
    return null;
  }
  const hash = value.indexOf('#');
  if (hash >= 0) {
    return new URLSearchParams(value.slice(hash + 1)).get('evaluator');
  }
  return /^\S+$/.test(value) ? value : null;
}

/**
 * Shows the page's #no-token form (a token or an evaluator link to paste) and calls onToken with
 * what the person gave; `error` says why the token is asked again.
 */
export function askForEvaluatorToken(workshopId, { error = null, onToken }) {
  const form = document.getElementById('token-form');
  const input = document.getElementById('token-input');
  const pageError = document.getElementById('page-error');
  document.getElementById('no-token').hidden = false;
  showError(pageError, error);
  form.onsubmit = (event) => {
    event.preventDefault();
    const token = tokenFromInput(input.value);
    if (!token) {
      showError(pageError, { detail: t('evaluator.tokenRequired') });
      input.focus();
      return;
    }
    keepEvaluatorToken(workshopId, token);
    input.value = '';
    showError(pageError, null);
    document.getElementById('no-token').hidden = true;
    onToken(token);
  };
  input.focus();
}
