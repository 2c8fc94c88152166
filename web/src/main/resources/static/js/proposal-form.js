import { t } from './i18n.js';
import { placeInOrder } from './idea-list.js';
import { CONDITIONS, excerpt } from './proposals.js';
import { OPEN_PHASES } from './room.js';
import { element, setText, showError } from './ui.js';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 5000;
const MAX_CONDITION = 2000;

/**
 * The form that proposes a project or amends one: title, description, the ideas and clusters of
 * every phase it comes from (checkboxes), its lead organisation and its conditions of realization.
 * The sources follow the board live without losing what is checked or where the keyboard is.
 */
export class ProposalForm {
  #room;
  #prefix;
  #allowNoLead;
  #onSubmit;
  #picked = new Set();
  #choices = new Map();
  #phaseBoxes = new Map();
  #fields = {};
  #defaultLead;
  /** The lead was chosen (by the person, or by the proposal amended): renders keep it rather than the default. */
  #leadChosen = false;
  /** The lead of the proposal amended, set into the list at its first render. */
  #leadValue = null;

  /**
   * prefix: makes the ids of this form's fields unique in the page; submitKey: the text of its
   * button; values: a proposal to amend;
   * defaultLead(): the organisation proposed as lead; allowNoLead: the lead may be left to later
   * (the facilitator has no organisation of their own); onSubmit(body) calls the server and answers
   * true once done; onCancel, when given, adds a cancel button.
   */
  constructor(room, { prefix, submitKey, values = null, defaultLead = () => null, allowNoLead = false, onSubmit, onCancel = null }) {
    this.#room = room;
    this.#prefix = prefix;
    this.#allowNoLead = allowNoLead;
    this.#onSubmit = onSubmit;
    this.#defaultLead = defaultLead;
    this.form = this.#build(submitKey, onCancel);
    if (values) {
      this.#fill(values);
    }
    this.render();
  }

  /** The body of a propose or amend call, or null after pointing at what is missing. */
  read() {
    const title = this.#fields.title.value.trim();
    if (!title) {
      showError(this.error, { detail: t('proposals.titleRequired') });
      this.#fields.title.focus();
      return null;
    }
    const keys = [...this.#picked];
    const lead = this.#fields.lead.value;
    return {
      title,
      description: this.#fields.description.value.trim(),
      derivedFrom: keys.filter((key) => key.startsWith('idea:')).map((key) => key.slice('idea:'.length)),
      derivedFromClusters: keys.filter((key) => key.startsWith('cluster:')).map((key) => key.slice('cluster:'.length)),
      ...(lead ? { leadOrganisationId: lead } : {}),
      conditions: Object.fromEntries(CONDITIONS.map((name) => [name, this.#fields[name].value.trim()])),
    };
  }

  /** Empties the form for the next proposal. */
  reset() {
    this.form.reset();
    this.#picked.clear();
    this.#leadChosen = false;
    showError(this.error, null);
    this.render();
  }

  focus() {
    this.#fields.title.focus();
  }

  set disabled(value) {
    this.form.querySelector('fieldset.proposal-fields').disabled = value;
  }

  /** Brings the sources and the organisations in line with the room, keeping what was chosen. */
  render() {
    this.#renderSources();
    this.#renderLead();
  }

  #build(submitKey, onCancel) {
    const id = (name) => `${this.#prefix}-${name}`;
    const field = (name, tag, attributes, hintKey = null) => {
      const control = element(tag, { attributes: { id: id(name), name, ...attributes, ...(hintKey ? { 'aria-describedby': id(`${name}-hint`) } : {}) } });
      this.#fields[name] = control;
      return [
        element('label', { text: t(`proposals.field.${name}`), attributes: { for: id(name), 'data-i18n': `proposals.field.${name}` } }),
        ...(hintKey ? [element('p', { className: 'hint', text: t(hintKey), attributes: { id: id(`${name}-hint`), 'data-i18n': hintKey } })] : []),
        control,
      ];
    };

    this.sourcesEmpty = element('p', { className: 'hint sources-empty', text: t('proposals.sourcesEmpty'), attributes: { 'data-i18n': 'proposals.sourcesEmpty' } });
    this.sourcesRoot = element('div', { className: 'source-phases' });
    const sources = element('fieldset', { className: 'proposal-sources-field', attributes: { 'aria-describedby': id('sources-hint') } }, [
      element('legend', { text: t('proposals.sourcesLegend'), attributes: { 'data-i18n': 'proposals.sourcesLegend' } }),
      element('p', { className: 'hint', text: t('proposals.sourcesHint'), attributes: { id: id('sources-hint'), 'data-i18n': 'proposals.sourcesHint' } }),
      this.sourcesEmpty,
      this.sourcesRoot,
    ]);
    const conditions = element('fieldset', { className: 'proposal-conditions-field' }, [
      element('legend', { text: t('proposals.conditions'), attributes: { 'data-i18n': 'proposals.conditions' } }),
      ...CONDITIONS.flatMap((name) => field(name, 'textarea', { rows: '2', maxlength: String(MAX_CONDITION) }, `proposals.hint.${name}`)),
    ]);
    const submit = element('button', {
      className: 'primary proposal-submit', text: t(submitKey), attributes: { type: 'submit', 'data-i18n': submitKey },
    });
    this.submitButton = submit;
    const buttons = [submit];
    if (onCancel) {
      const cancel = element('button', {
        className: 'secondary', text: t('dialog.cancel'), attributes: { type: 'button', 'data-i18n': 'dialog.cancel' },
      });
      cancel.addEventListener('click', onCancel);
      buttons.push(cancel);
    }
    this.error = element('p', { className: 'alert', attributes: { role: 'alert' } });
    const form = element('form', { className: 'proposal-form', attributes: { novalidate: '' } }, [
      element('fieldset', { className: 'plain proposal-fields' }, [
        ...field('title', 'input', { type: 'text', maxlength: String(MAX_TITLE), autocomplete: 'off' }),
        ...field('description', 'textarea', { rows: '3', maxlength: String(MAX_DESCRIPTION) }),
        sources,
        ...field('lead', 'select', {}, this.#allowNoLead ? 'proposals.hint.leadLater' : 'proposals.hint.lead'),
        conditions,
        element('div', { className: 'button-row' }, buttons),
      ]),
      this.error,
    ]);
    this.#fields.lead.addEventListener('change', () => {
      this.#leadChosen = true;
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      showError(this.error, null);
      const body = this.read();
      if (!body) {
        return;
      }
      submit.disabled = true;
      try {
        await this.#onSubmit(body, this);
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }

  #fill(values) {
    this.#fields.title.value = values.title ?? '';
    this.#fields.description.value = values.description ?? '';
    for (const name of CONDITIONS) {
      this.#fields[name].value = values.conditions?.[name] ?? '';
    }
    (values.derivedFrom ?? []).forEach((ideaId) => this.#picked.add(`idea:${ideaId}`));
    (values.derivedFromClusters ?? []).forEach((clusterId) => this.#picked.add(`cluster:${clusterId}`));
    this.#leadValue = values.leadOrganisationId ?? '';
    this.#leadChosen = true;
  }

  #renderSources() {
    const room = this.#room;
    // The latest phase first: a project comes from its dreams before the critiques behind them.
    const phases = [...OPEN_PHASES].reverse().map((phase) => ({
      phase,
      sources: [
        ...room.clustersOf(phase).map((cluster) => ({
          key: `cluster:${cluster.clusterId}`, text: t('proposals.sourceCluster', { title: cluster.title }),
        })),
        ...room.ideasOf(phase).map((idea) => ({ key: `idea:${idea.ideaId}`, text: excerpt(idea.text, 160) })),
      ],
    })).filter(({ sources }) => sources.length > 0);
    this.sourcesEmpty.hidden = phases.length > 0;
    placeInOrder(this.sourcesRoot, phases.map(({ phase, sources }) => {
      let box = this.#phaseBoxes.get(phase);
      if (!box) {
        box = element('fieldset', { className: 'source-phase', attributes: { 'data-phase': phase } }, [
          element('legend'),
          element('ul', { className: 'source-list', attributes: { role: 'list' } }),
        ]);
        this.#phaseBoxes.set(phase, box);
      }
      setText(box.querySelector('legend'), t(`phase.${phase}`));
      placeInOrder(box.querySelector('ul'), sources.map((source) => this.#choice(source)));
      return box;
    }));
  }

  #choice({ key, text }) {
    let item = this.#choices.get(key);
    if (!item) {
      const box = element('input', { attributes: { type: 'checkbox', value: key, id: `${this.#prefix}-source-${key.replace(':', '-')}` } });
      box.addEventListener('change', () => {
        if (box.checked) {
          this.#picked.add(key);
        } else {
          this.#picked.delete(key);
        }
      });
      item = element('li', { attributes: { 'data-source': key } }, [
        element('label', { className: 'choice', attributes: { for: box.id } }, [box, element('span', { className: 'source-text' })]),
      ]);
      this.#choices.set(key, item);
    }
    item.classList.toggle('is-cluster', key.startsWith('cluster:'));
    setText(item.querySelector('.source-text'), text);
    item.querySelector('input').checked = this.#picked.has(key);
    return item;
  }

  #renderLead() {
    const select = this.#fields.lead;
    const room = this.#room;
    const organisations = room.representedOrganisations();
    const options = [
      ...(this.#allowNoLead ? [['', t('proposals.leadLater')]] : []),
      ...organisations.map((id) => [id, room.organisationName(id) || t('organisation.unknown')]),
    ];
    const signature = JSON.stringify(options);
    const wanted = this.#leadChosen ? (this.#leadValue ?? select.value) : (this.#defaultLead() ?? '');
    this.#leadValue = null;
    if (select.dataset.signature !== signature) {
      select.replaceChildren(...options.map(([value, label]) => element('option', { text: label, attributes: { value } })));
      select.dataset.signature = signature;
    }
    if (options.some(([value]) => value === wanted) && select.value !== wanted) {
      select.value = wanted;
    }
  }
}
