import { t } from '../i18n.js';
import { element, setText } from '../ui.js';

const MODES = ['DOTS', 'POINTS', 'CRITERIA'];
const MAX_CRITERIA = 5;
const MAX_LABEL = 80;

/**
 * The phase rules' voting mode: dots, 100 points or criteria, and for criteria one to five labels
 * (empty lines are left out). Built into the settings form, saved with it.
 */
export function votingModeFields({ onEdit }) {
  const select = element('select', { attributes: { id: 'setting-voting-mode', 'aria-describedby': 'setting-voting-mode-hint' } },
    MODES.map((mode) => element('option', { attributes: { value: mode } })));
  const label = element('label', { attributes: { for: 'setting-voting-mode' } });
  const hint = element('p', { className: 'hint', attributes: { id: 'setting-voting-mode-hint' } });
  const legend = element('legend');
  const inputs = Array.from({ length: MAX_CRITERIA }, (unused, index) => element('input', {
    className: 'criterion-label',
    attributes: { id: `setting-criterion-${index + 1}`, type: 'text', maxlength: String(MAX_LABEL), autocomplete: 'off' },
  }));
  const labels = inputs.map((input) => element('label', { attributes: { for: input.id } }));
  const criteriaHint = element('p', { className: 'hint', attributes: { id: 'setting-criteria-hint' } });
  const criteria = element('fieldset', { className: 'criteria-editor', attributes: { id: 'setting-criteria', 'aria-describedby': 'setting-criteria-hint' } },
    [legend, criteriaHint, ...inputs.map((input, index) => element('div', { className: 'criterion-row' }, [labels[index], input]))]);
  const root = element('div', { className: 'setting voting-mode-setting' }, [label, select, hint, criteria]);
  /** The ids the shown criteria have, by line, so that a label changed keeps its scores. */
  let ids = [];

  function renderTexts() {
    setText(label, t('settings.votingMode'));
    setText(hint, t('settings.votingModeHint'));
    setText(legend, t('settings.criteria'));
    setText(criteriaHint, t('settings.criteriaHint'));
    MODES.forEach((mode, index) => setText(select.options[index], t(`votingMode.${mode}`)));
    labels.forEach((line, index) => setText(line, t('settings.criterion', { number: index + 1 })));
    criteria.hidden = select.value !== 'CRITERIA';
  }

  select.addEventListener('change', () => {
    criteria.hidden = select.value !== 'CRITERIA';
    onEdit();
  });
  inputs.forEach((input) => input.addEventListener('input', onEdit));

  return {
    root,
    /** Shows a phase's settings as the board has them. */
    show(settings) {
      select.value = settings.votingMode ?? 'DOTS';
      const shown = settings.criteria ?? [];
      ids = shown.map((criterion) => criterion.criterionId);
      inputs.forEach((input, index) => {
        input.value = shown[index]?.label ?? '';
      });
      renderTexts();
    },
    renderTexts,
    /** What the settings call sends: the mode and, for criteria, the lines filled in. */
    value() {
      const votingMode = select.value;
      if (votingMode !== 'CRITERIA') {
        return { votingMode };
      }
      return {
        votingMode,
        criteria: inputs.map((input, index) => ({ criterionId: ids[index] ?? `c${index + 1}`, label: input.value.trim() }))
          .filter((criterion) => criterion.label !== ''),
      };
    },
  };
}
