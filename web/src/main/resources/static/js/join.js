import { api, path } from './api.js';
import { initI18n, onLanguageChange, t } from './i18n.js';
import { participantPage, readIdentity, rejoin, saveIdentity } from './identity.js';
import { showHalfDays, showPersonalCode } from './personal-code.js';
import { element, queryParameter, setText, showError, showPhase } from './ui.js';

const errorBox = document.getElementById('join-error');
const codeForm = document.getElementById('code-form');
const codeInput = document.getElementById('code');
const found = document.getElementById('workshop-found');
const joinForm = document.getElementById('join-form');
const displayNameInput = document.getElementById('display-name');
const existingOrg = document.getElementById('existing-org');
const newOrg = document.getElementById('new-org');
const searchInput = document.getElementById('org-search');
const orgList = document.getElementById('org-list');
const orgNone = document.getElementById('org-none');
const orgName = document.getElementById('org-name');
const orgCommune = document.getElementById('org-commune');
const orgEss = document.getElementById('org-ess');
const submitButton = document.getElementById('join-submit');
const rejoinForm = document.getElementById('rejoin-form');
const rejoinInput = document.getElementById('rejoin-code');
const rejoinError = document.getElementById('rejoin-error');
const joinedSection = document.getElementById('joined');
/** The identity just made or found again, while the confirmation shows it. */
let joinedAs = null;

/** The workshop the code opened: GET /api/join/{code}, with the organisations one may pick. */
let workshop = null;
let joinCode = null;

function normaliseCode(code) {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** Lower case without accents, so "credit" finds "Crédit". */
function searchable(text) {
  return (text ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

async function openWorkshop(code) {
  workshop = await api(path`/api/join/${code}`);
  joinCode = code;
  renderWorkshop();
  renderOrganisations();
  found.hidden = false;
  joinForm.hidden = false;
}

function renderWorkshop() {
  document.getElementById('workshop-title').textContent = workshop.title;
  document.getElementById('workshop-theme').textContent = workshop.theme ?? '';
  showPhase(document.getElementById('workshop-phase'), workshop.phase);
  // Someone who joined on this device already: back to their place, not a second person of their name.
  const earlier = readIdentity(workshop.workshopId);
  document.getElementById('resume').hidden = !earlier;
  setText(document.getElementById('resume-text'), earlier
    ? t(earlier.displayName ? 'join.resumeAs' : 'join.resumeHere', { name: earlier.displayName ?? '' }) : '');
  document.getElementById('resume-link').href = participantPage(workshop.workshopId);
}

function renderOrganisations() {
  const chosen = selectedOrganisationId();
  const options = [...workshop.organisations]
    .sort((a, b) => a.name.localeCompare(b.name, document.documentElement.lang))
    .map((organisation) => {
      const radio = element('input', {
        attributes: { type: 'radio', name: 'organisationId', value: organisation.organisationId },
      });
      radio.checked = organisation.organisationId === chosen;
      const option = element('label', { className: 'org-option' }, [
        radio,
        element('span', { className: 'org-name', text: organisation.name }),
        element('span', { className: 'org-commune', text: organisation.commune ?? '' }),
      ]);
      option.dataset.search = searchable(`${organisation.name} ${organisation.commune ?? ''}`);
      return option;
    });
  orgList.replaceChildren(...options);
  if (options.length === 0) {
    setMode('new');
  }
  filterOrganisations();
}

/** Shows the organisations matching the search; answers the radios still shown. */
function filterOrganisations() {
  const query = searchable(searchInput.value.trim());
  const shown = [];
  for (const option of orgList.children) {
    option.hidden = !option.dataset.search.includes(query);
    if (!option.hidden) {
      shown.push(option.querySelector('input'));
    }
  }
  orgNone.hidden = shown.length > 0;
  return shown;
}

function selectedOrganisationId() {
  return orgList.querySelector('input[name="organisationId"]:checked')?.value ?? null;
}

function mode() {
  return joinForm.querySelector('input[name="org-mode"]:checked').value;
}

function setMode(value) {
  joinForm.querySelector(`input[name="org-mode"][value="${value}"]`).checked = true;
  // Disabled, not only hidden, so the other mode's required fields do not block the form.
  for (const [group, groupMode] of [[existingOrg, 'existing'], [newOrg, 'new']]) {
    group.hidden = groupMode !== value;
    group.disabled = groupMode !== value;
  }
}

/** The body of POST /api/join, or null after pointing the person at what is missing. */
function joinRequest() {
  const displayName = displayNameInput.value.trim();
  if (!displayName) {
    return invalid(displayNameInput, 'join.nameRequired');
  }
  if (mode() === 'existing') {
    const organisationId = selectedOrganisationId();
    return organisationId ? { joinCode, displayName, organisationId } : invalid(searchInput, 'join.orgRequired');
  }
  const name = orgName.value.trim();
  const commune = orgCommune.value.trim();
  if (!name) {
    return invalid(orgName, 'join.orgNameRequired');
  }
  if (!commune) {
    return invalid(orgCommune, 'join.orgCommuneRequired');
  }
  return { joinCode, displayName, organisation: { name, commune, ess: orgEss.checked } };
}

function invalid(input, key) {
  showError(errorBox, { detail: t(key) });
  input.focus();
  return null;
}

codeForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(errorBox, null);
  const code = normaliseCode(codeInput.value);
  if (!code) {
    invalid(codeInput, 'join.codeRequired');
    return;
  }
  codeInput.value = code;
  try {
    await openWorkshop(code);
    displayNameInput.focus();
  } catch (error) {
    found.hidden = true;
    joinForm.hidden = true;
    // The lookup answers 404 for a code no workshop has: say so, rather than "not found".
    showError(errorBox, error.status === 404 ? { detail: t('problem.WrongJoinCode') } : error);
    codeInput.focus();
  }
});

joinForm.addEventListener('change', (event) => {
  if (event.target.name === 'org-mode') {
    setMode(event.target.value);
  }
});

searchInput.addEventListener('input', () => filterOrganisations());

joinForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(errorBox, null);
  const request = joinRequest();
  if (!request) {
    return;
  }
  submitButton.disabled = true;
  try {
    const joined = await api('/api/join', { method: 'POST', body: request });
    const identity = saveIdentity({
      token: joined.token,
      participantId: joined.participantId,
      workshopId: joined.workshopId,
      rejoinCode: joined.rejoinCode,
      displayName: request.displayName,
    });
    await showJoined(identity);
  } catch (error) {
    showError(errorBox, error);
    if (error.problem?.code === 'AlreadyInTheRoom') {
      // The same person again: the way back is their personal code, right here.
      rejoinForm.scrollIntoView({ block: 'center' });
      rejoinInput.focus();
    } else if (error.status === 409 && request.organisation) {
      // The organisation is already registered: offer it from the list instead.
      await openWorkshop(joinCode).catch(() => {});
      setMode('existing');
      searchInput.value = request.organisation.name;
      const matches = filterOrganisations();
      if (matches.length === 1) {
        matches[0].checked = true;
      }
      searchInput.focus();
    }
  } finally {
    submitButton.disabled = false;
  }
});

/** The confirmation: the personal code, its link and QR code, the dates and their calendar, the way in. */
async function showJoined(identity) {
  joinedAs = identity;
  for (const section of [codeForm, found, joinForm, rejoinForm]) {
    section.hidden = true;
  }
  joinedSection.hidden = false;
  renderJoined();
  document.getElementById('joined-title').focus();
  await showHalfDays({
    box: document.getElementById('my-dates-box'),
    list: document.getElementById('my-dates'),
    calendarLink: document.getElementById('calendar-link'),
  }, identity).catch(() => {}); // the dates are a convenience: the way in is what matters
}

function renderJoined() {
  setText(document.getElementById('joined-title'), t('personalCode.joined', { title: workshop?.title ?? '' }));
  document.getElementById('enter').href = participantPage(joinedAs.workshopId);
  if (joinedAs.rejoinCode) {
    showPersonalCode({
      code: document.getElementById('my-code'),
      link: document.getElementById('my-link'),
      qr: document.getElementById('my-qr'),
    }, joinedAs.rejoinCode);
  }
}

async function rejoinWith(code) {
  showError(rejoinError, null);
  if (!code.trim()) {
    showError(rejoinError, { detail: t('rejoin.codeRequired') });
    rejoinInput.focus();
    return;
  }
  const submit = document.getElementById('rejoin-submit');
  submit.disabled = true;
  try {
    const identity = await rejoin(code);
    window.location.assign(participantPage(identity.workshopId));
  } catch (error) {
    showError(rejoinError, error.status === 404 ? { detail: t('rejoin.unknown') } : error);
    rejoinInput.focus();
  } finally {
    submit.disabled = false;
  }
}

rejoinForm.addEventListener('submit', (event) => {
  event.preventDefault();
  rejoinWith(rejoinInput.value);
});

onLanguageChange(() => {
  if (workshop) {
    renderWorkshop();
  }
  if (joinedAs) {
    renderJoined();
  }
});

await initI18n();
setMode('existing');
const prefilled = queryParameter('code');
// The personal link: #rejoin=<code> (a fragment, never sent to the server), dropped from the address once read.
const personal = new URLSearchParams(window.location.hash.slice(1)).get('rejoin');
if (personal) {
  history.replaceState(null, '', window.location.pathname + window.location.search);
  rejoinInput.value = personal;
  await rejoinWith(personal);
} else if (prefilled) {
  codeInput.value = normaliseCode(prefilled);
  codeForm.requestSubmit();
}
