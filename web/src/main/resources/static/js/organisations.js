import { api, path } from './api.js';
import { initI18n, onLanguageChange, plural, t } from './i18n.js';
import { announce, element, setText, showError } from './ui.js';

// The programme's register, kept by the organiser: add organisations, correct a commune or the
// ESS status, see who is eligible. Names already registered are refused by the server (409).

const ORGANISER_KEY = 'atelier.organiserKey';

const pageError = document.getElementById('register-error');
const keyForm = document.getElementById('key-form');
const keyInput = document.getElementById('organiser-key');
const register = document.getElementById('register');
const rows = document.getElementById('register-rows');
const filter = document.getElementById('register-filter');

let organisations = [];
let editing = null; // the organisationId whose row is open for editing

function key() {
  return sessionStorage.getItem(ORGANISER_KEY);
}

function searchable(text) {
  return (text ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function showStage() {
  keyForm.hidden = Boolean(key());
  register.hidden = !key();
}

async function load() {
  organisations = await api('/api/organisations', { token: key() });
  render();
}

function render() {
  const wanted = searchable(filter.value.trim());
  const shown = organisations.filter((organisation) =>
    searchable(`${organisation.name} ${organisation.commune}`).includes(wanted));
  rows.replaceChildren(...shown.map((organisation) =>
    organisation.organisationId === editing ? editRow(organisation) : row(organisation)));
  document.getElementById('register-empty').hidden = shown.length > 0;
  const eligible = organisations.filter((organisation) => organisation.eligible).length;
  setText(document.getElementById('register-summary'), t('register.summary', {
    organisations: plural('register.organisations', organisations.length),
    eligible: plural('register.eligibleCount', eligible),
  }));
}

function eligibility(organisation) {
  return element('span', {
    className: 'eligibility',
    // Not eligible says why: outside the ESS, or its head office outside the territory.
    text: organisation.eligible ? t('register.isEligible')
      : t(organisation.ess ? 'register.notEligibleTerritory' : 'register.notEligibleEss'),
    attributes: { 'data-eligible': String(organisation.eligible) },
  });
}

function row(organisation) {
  const edit = element('button', {
    className: 'button secondary',
    text: t('register.edit'),
    attributes: { type: 'button', 'aria-label': t('register.editNamed', { name: organisation.name }) },
  });
  edit.addEventListener('click', () => {
    editing = organisation.organisationId;
    render();
    document.getElementById(`commune-${organisation.organisationId}`)?.focus();
  });
  return element('tr', { attributes: { 'data-organisation': organisation.organisationId } }, [
    element('th', { text: organisation.name, attributes: { scope: 'row' } }),
    element('td', { text: organisation.commune }),
    element('td', { text: organisation.ess ? t('register.yes') : t('register.no') }),
    element('td', {}, [eligibility(organisation)]),
    element('td', {}, [edit]),
  ]);
}

function editRow(organisation) {
  const communeId = `commune-${organisation.organisationId}`;
  const essId = `ess-${organisation.organisationId}`;
  const commune = element('input', {
    attributes: { id: communeId, type: 'text', required: '', maxlength: '200', autocomplete: 'off', value: organisation.commune },
  });
  const ess = element('input', { attributes: { id: essId, type: 'checkbox' } });
  ess.checked = organisation.ess;
  const save = element('button', { className: 'button primary', text: t('register.save'), attributes: { type: 'submit' } });
  const cancel = element('button', { className: 'button secondary', text: t('register.cancel'), attributes: { type: 'button' } });
  const form = element('form', { className: 'register-edit', attributes: { novalidate: '' } }, [
    element('label', { text: t('register.commune'), attributes: { for: communeId } }),
    commune,
    element('label', { className: 'choice' }, [ess, ' ', element('span', { text: t('register.ess') })]),
    element('div', { className: 'button-row' }, [cancel, save]),
  ]);
  const close = () => {
    editing = null;
    render();
    rows.querySelector(`[data-organisation="${CSS.escape(organisation.organisationId)}"] button`)?.focus();
  };
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(pageError, null);
    if (!commune.value.trim()) {
      showError(pageError, { detail: t('register.communeRequired') });
      commune.focus();
      return;
    }
    save.disabled = true;
    try {
      const updated = await api(path`/api/organisations/${organisation.organisationId}`, {
        method: 'PATCH', token: key(), body: { commune: commune.value.trim(), ess: ess.checked },
      });
      organisations = organisations.map((other) =>
        other.organisationId === updated.organisationId ? updated : other);
      announce(t('register.updated', { name: updated.name }));
      close();
    } catch (error) {
      save.disabled = false;
      showError(pageError, error);
    }
  });
  return element('tr', { attributes: { 'data-organisation': organisation.organisationId } }, [
    element('th', { text: organisation.name, attributes: { scope: 'row' } }),
    element('td', { attributes: { colspan: '4' } }, [form]),
  ]);
}

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
    // Only the organiser may register: a dry read first tells a mistyped key (401) at once.
    await api('/api/organisations', { token: typed });
    sessionStorage.setItem(ORGANISER_KEY, typed);
    keyInput.value = '';
    showStage();
    await load();
    document.getElementById('add-name').focus();
  } catch (error) {
    showError(pageError, error.status === 401 ? { detail: t('console.keyWrong') } : error);
    keyInput.focus();
  }
});

document.getElementById('add-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(pageError, null);
  const name = document.getElementById('add-name');
  const commune = document.getElementById('add-commune');
  const ess = document.getElementById('add-ess');
  for (const [input, message] of [[name, 'register.nameRequired'], [commune, 'register.communeRequired']]) {
    if (!input.value.trim()) {
      showError(pageError, { detail: t(message) });
      input.focus();
      return;
    }
  }
  try {
    const added = await api('/api/organisations', {
      method: 'POST', token: key(), body: { name: name.value.trim(), commune: commune.value.trim(), ess: ess.checked },
    });
    announce(t(added.eligible ? 'register.addedEligible' : 'register.addedNotEligible', { name: name.value.trim() }));
    name.value = '';
    commune.value = '';
    ess.checked = false;
    await load();
    name.focus();
  } catch (error) {
    // The server's text for a taken name speaks to someone joining; here the organiser is registering.
    showError(pageError, error.problem?.code === 'NameTaken' ? { detail: t('register.nameTaken') } : error);
    (error.problem?.field === 'commune' ? commune : name).focus();
  }
});

filter.addEventListener('input', render);

document.getElementById('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(ORGANISER_KEY);
  organisations = [];
  rows.replaceChildren();
  showStage();
  keyInput.focus();
});

onLanguageChange(render);

await initI18n();
showStage();
if (key()) {
  load().catch((error) => showError(pageError, error));
}
