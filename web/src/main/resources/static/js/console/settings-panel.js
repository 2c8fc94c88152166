import { api, path } from '../api.js';
import { t } from '../i18n.js';
import { isOpen, nextPhase } from '../room.js';
import { element, setText, showError } from '../ui.js';
import { votingModeFields } from './voting-mode-fields.js';

/** Private writing, anonymity, hidden tallies and moderation for the phase now open or the next one; folded away by default. */
export function settingsPanel({ room, workshopId, token, render, refresh }) {
  const settingsPhase = document.getElementById('settings-phase');
  const status = document.getElementById('settings-status');
  const settingBoxes = {
    privateWriting: document.getElementById('setting-private'),
    anonymous: document.getElementById('setting-anonymous'),
    hiddenTallies: document.getElementById('setting-hidden-tallies'),
    moderated: document.getElementById('setting-moderated'),
  };
  /** The boxes were changed here since they last showed the board's settings: renders leave them be. */
  let settingsEdited = false;
  /** The phase the status line speaks of: once it may no longer be set, the line goes. */
  let savedPhase = null;
  const votingMode = votingModeFields({ onEdit: () => {
    settingsEdited = true;
    savedPhase = null;
    setText(status, '');
  } });
  document.getElementById('settings-save').before(votingMode.root);

  /** The phases whose rules may still change: the one now open and the next one. */
  function configurablePhases() {
    return [room.phase, nextPhase(room.phase)].filter((phase) => isOpen(phase));
  }

  function renderSettings() {
    const phases = configurablePhases();
    document.getElementById('settings-panel').hidden = phases.length === 0;
    if (savedPhase && (!phases.includes(savedPhase) || savedPhase !== settingsPhase.value)) {
      savedPhase = null;
      setText(status, '');
    }
    if (phases.length === 0) {
      return;
    }
    const options = phases.map((phase) => [phase, t(`phase.${phase}`)]);
    const signature = JSON.stringify(options);
    if (settingsPhase.dataset.signature !== signature) {
      const chosen = phases.includes(settingsPhase.value) ? settingsPhase.value : phases[0];
      settingsPhase.replaceChildren(...options.map(([value, label]) => element('option', { text: label, attributes: { value } })));
      settingsPhase.dataset.signature = signature;
      if (settingsPhase.value !== chosen) {
        settingsPhase.value = chosen;
      }
      if (!phases.includes(settingsPhase.dataset.shown)) {
        settingsEdited = false; // the phase whose boxes were being changed is over
      }
    }
    const settings = room.settingsOf(settingsPhase.value);
    if (!settingsEdited) {
      for (const [name, box] of Object.entries(settingBoxes)) {
        box.checked = Boolean(settings[name]);
      }
      votingMode.show(settings);
    } else {
      votingMode.renderTexts();
    }
    settingsPhase.dataset.shown = settingsPhase.value;
    document.getElementById('setting-revealed').hidden = !(settings.privateWriting && settings.revealed);
    if (savedPhase) {
      setText(status, t('settings.saved', { phase: t(`phase.${savedPhase}`) }));
    }
  }

  settingsPhase.addEventListener('change', () => {
    settingsEdited = false;
    savedPhase = null;
    setText(status, '');
    render();
  });

  Object.values(settingBoxes).forEach((box) => box.addEventListener('change', () => {
    settingsEdited = true;
    savedPhase = null;
    setText(status, '');
  }));

  document.getElementById('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const settingsError = document.getElementById('settings-error');
    const save = document.getElementById('settings-save');
    const phase = settingsPhase.value;
    const chosen = { ...Object.fromEntries(Object.entries(settingBoxes).map(([name, box]) => [name, box.checked])),
      ...votingMode.value() };
    showError(settingsError, null);
    save.disabled = true;
    try {
      const saved = await api(path`/api/workshops/${workshopId}/phases/${phase}/settings`, { method: 'PUT', token, body: chosen });
      // Shown at once; the PhaseConfigured message that follows makes the board say the same.
      room.apply({ type: 'PhaseConfigured', payload: { phase, ...chosen } });
      room.apply({ type: 'VotingModeChosen', payload: {
        phase, mode: saved?.votingMode ?? chosen.votingMode, criteria: saved?.criteria ?? [],
      } });
      settingsEdited = false;
      savedPhase = phase;
    } catch (error) {
      showError(settingsError, error);
      if (error.status === 409) {
        refresh();
      }
    } finally {
      save.disabled = false;
      render();
    }
  });

  return { render: renderSettings };
}
