import { ApiError, api, path, problemText } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { element, setText, showError } from './ui.js';

const TABLES = ['ideas', 'clusters', 'votes', 'scores', 'proposals', 'partnerships', 'actions'];

/** Reads a call that needs the token and hands its answer to the browser as a file. */
async function download(url, token, fileName) {
  let response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw new ApiError(0, t('error.network'));
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problemText(response.status, problem), problem);
  }
  const href = URL.createObjectURL(await response.blob());
  const link = element('a', { attributes: { href, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * The downloads of a workshop (its tables as CSV or JSON, its event log as NDJSON), the head of its
 * hash chain, and the check of an exported log.
 */
export class Exports {
  #workshopId;
  #token;
  #integrity = null;
  #verification = null;

  constructor({ workshopId, token }) {
    this.#workshopId = workshopId;
    this.#token = token;
    const base = path`/api/workshops/${workshopId}`;
    document.getElementById('export-rows').replaceChildren(...TABLES.map((table) => element('tr', {}, [
      element('th', { attributes: { scope: 'row' }, text: t(`exports.table.${table}`) }),
      ...['csv', 'json'].map((format) => element('td', {}, [
        this.#link(`${base}/export/${table}.${format}`, `${table}.${format}`,
          format.toUpperCase(), t('exports.download', { table: t(`exports.table.${table}`), format: format.toUpperCase() })),
      ])),
    ])));
    const log = document.getElementById('export-log');
    log.href = `${base}/events.ndjson`;
    this.#wire(log, `${base}/events.ndjson`, 'events.ndjson');
    document.getElementById('verify-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#verify();
    });
  }

  async loadIntegrity() {
    try {
      this.#integrity = await api(path`/api/workshops/${this.#workshopId}/integrity`, { token: this.#token });
      this.render();
    } catch (error) {
      showError(document.getElementById('export-error'), error);
    }
  }

  render() {
    document.querySelectorAll('#export-rows th[scope="row"]').forEach((cell, index) => {
      setText(cell, t(`exports.table.${TABLES[index]}`));
    });
    if (this.#integrity) {
      setText(document.getElementById('integrity-head'), this.#integrity.head ?? '');
      setText(document.getElementById('integrity-events'), String(this.#integrity.events));
      setText(document.getElementById('integrity-algorithm'), this.#integrity.algorithm ?? '');
    }
    this.#renderVerification();
  }

  #link(url, file, text, label) {
    const link = element('a', { className: 'button secondary', text, attributes: { href: url, 'aria-label': label } });
    this.#wire(link, url, file);
    return link;
  }

  #wire(link, url, file) {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      const error = document.getElementById('export-error');
      showError(error, null);
      try {
        await download(url, this.#token, `workshop-${this.#workshopId}-${file}`);
      } catch (failure) {
        showError(error, failure);
      }
    });
  }

  async #verify() {
    const input = document.getElementById('verify-file');
    const error = document.getElementById('verify-error');
    const submit = document.getElementById('verify-submit');
    showError(error, null);
    const file = input.files?.[0];
    if (!file) {
      showError(error, { detail: t('integrity.chooseFile') });
      input.focus();
      return;
    }
    submit.disabled = true;
    this.#verification = null;
    this.#renderVerification();
    try {
      let response;
      try {
        response = await fetch('/api/integrity/verify', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${this.#token}`,
            'Content-Type': 'application/x-ndjson',
            Accept: 'application/json, application/problem+json',
          },
          body: file,
        });
      } catch {
        throw new ApiError(0, t('error.network'));
      }
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        throw new ApiError(response.status, problemText(response.status, answer), answer);
      }
      this.#verification = answer;
      this.#renderVerification();
    } catch (failure) {
      showError(error, failure);
    } finally {
      submit.disabled = false;
    }
  }

  #renderVerification() {
    const node = document.getElementById('verify-result');
    const result = this.#verification;
    node.dataset.valid = result ? String(result.valid) : '';
    if (!result) {
      node.replaceChildren();
      return;
    }
    const lines = result.valid
      ? [
        t('integrity.valid', { events: result.events }),
        t(result.matchesEventStore ? 'integrity.matches' : 'integrity.differs'),
      ]
      : [
        t('integrity.invalid', { position: result.firstInvalidPosition ?? '?' }),
        // The server says why in English only.
        ...(result.problem && currentLanguage() === 'en' ? [result.problem] : []),
      ];
    node.replaceChildren(
      ...lines.map((line, index) => element(index === 0 ? 'strong' : 'p', { text: line })),
      ...(result.valid && result.head ? [element('p', {}, [
        element('span', { text: t('integrity.verifiedHead') }), ' ', element('code', { className: 'hash', text: result.head }),
      ])] : []),
    );
  }
}
