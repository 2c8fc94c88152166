import { t } from './i18n.js';

/** Creates an element; text always goes in as text, never as HTML. */
export function element(tag, { className, text, attributes = {} } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Sets a text only when it changed, so screen readers are not told the same thing twice. */
export function setText(node, text) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
}

export function queryParameter(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** A UUID; crypto.randomUUID only exists on https or localhost, and rooms often use a plain LAN address. */
export function newId() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function readJsonStorage(storage, key) {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function showConnection(node, state) {
  node.dataset.state = state;
  setText(node.querySelector('.connection-text'), t(`connection.${state}`));
}

export function showPhase(node, phase) {
  node.dataset.phase = phase;
  setText(node, t(`phase.${phase}`));
}

export function phaseAnnouncement(phase) {
  return phase === 'CLOSED' ? t('announce.closed') : t('announce.phase', { phase: t(`phase.${phase}`) });
}

export function showStep(node, step) {
  node.dataset.step = step ?? '';
  setText(node, step ? t(`step.${step}`) : t('step.none'));
}

/** Shows an error's detail in an alert region, or clears it. */
export function showError(node, error) {
  setText(node, error ? (error.detail ?? error.message) : '');
}

/** Says something through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A fresh text node after a tick, so the same sentence twice is announced twice.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/**
 * Asks for confirmation in the page's #confirm-dialog; with `input`, also asks for an optional text.
 * Answers {confirmed, value}. Escape and the cancel button both answer confirmed: false.
 */
export function confirmAction({ title, message, confirmLabel, input = null, destructive = false }) {
  const dialog = document.getElementById('confirm-dialog');
  const field = document.getElementById('confirm-field');
  const text = document.getElementById('confirm-input');
  const yes = document.getElementById('confirm-yes');
  const no = document.getElementById('confirm-no');

  document.getElementById('confirm-title').textContent = title;
  document.getElementById('confirm-message').textContent = message;
  yes.textContent = confirmLabel;
  yes.classList.toggle('danger', destructive);
  field.hidden = !input;
  text.value = '';
  if (input) {
    document.getElementById('confirm-input-label').textContent = input.label;
    text.maxLength = input.maxLength;
  }
  dialog.returnValue = '';
  no.onclick = () => dialog.close('no');
  dialog.showModal();
  // Destructive actions start on "cancel" so a stray Enter does no harm.
  (input ? text : destructive ? no : yes).focus();

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve({ confirmed: dialog.returnValue === 'yes', value: text.value.trim() });
    }, { once: true });
  });
}

/** Marks the current step in a step bar: an <ol> of <li data-step>, the current one aria-current. */
export function showStepBar(list, step) {
  let reached = false;
  for (const item of list.querySelectorAll('li[data-step]')) {
    const current = item.dataset.step === step;
    reached ||= current;
    if (current) {
      item.setAttribute('aria-current', 'step');
    } else {
      item.removeAttribute('aria-current');
    }
    item.classList.toggle('is-done', Boolean(step) && !reached);
  }
  list.classList.toggle('is-idle', !step);
}
