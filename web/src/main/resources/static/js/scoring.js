import { api, path } from './api.js';
import { afterColon } from './format.js';
import { excerpt } from './history-text.js';
import { plural, t } from './i18n.js';
import { isOpen, PROPOSAL_OPEN, voteKey } from './room.js';
import { element, setText, showError } from './ui.js';

// The voting modes beside dots, on the phone and on the console: 100 points to share out with
// steppers (what is left always in view, more than 100 never offered), a score from 1 to 5 per
// criterion, and the results as ranked bars, with a chart per criterion for the projects.

export const POINTS_BUDGET = 100;
const POINTS_STEP = 5;
const SCORES = [1, 2, 3, 4, 5];

/** The results may be shown: the VOTE step ran, or runs with tallies shown. */
export function resultsShown(room, phase) {
  if (phase !== room.phase) {
    return true;
  }
  return (room.step === 'VOTE' && !room.talliesHidden()) || room.step === 'DISCUSS';
}

/**
 * What a POINTS or CRITERIA phase put first, best first: [{target, label, points | ratings, score}]
 * for its ideas and clusters, and in REALIZATION its open projects.
 */
export function rankedResults(room, phase) {
  const mode = room.votingModeOf(phase);
  if (mode === 'DOTS') {
    return [];
  }
  const results = [];
  const add = (target, label, scored) => {
    if (mode === 'POINTS' ? scored.points != null : scored.ratings != null) {
      const ratings = scored.ratings ?? [];
      const score = scored.points != null ? scored.points
        : ratings.reduce((sum, rating) => sum + rating.average, 0) / Math.max(1, ratings.length);
      results.push({ target, label, points: scored.points, ratings, score });
    }
  };
  for (const idea of room.ideas.values()) {
    if (idea.phase === phase) {
      add({ ideaId: idea.ideaId }, excerpt(idea.text, 90), idea);
    }
  }
  for (const cluster of room.clusters.values()) {
    if (cluster.phase === phase) {
      add({ clusterId: cluster.clusterId }, cluster.title, cluster);
    }
  }
  if (phase === 'REALIZATION') {
    for (const proposal of room.proposals.values()) {
      if (proposal.status === PROPOSAL_OPEN) {
        add({ proposalId: proposal.proposalId }, proposal.title, proposal);
      }
    }
  }
  return results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}

/** One bar (the console's dot bars' look): its label, its length out of `max`, and its value in words. */
function bar(label, value, max, text, attributes = {}) {
  const fill = element('span', { className: 'vote-bar-fill' });
  fill.style.setProperty('--share', String(max > 0 ? Math.min(1, value / max) : 0));
  return element('li', { className: 'vote-bar', attributes }, [
    element('span', { className: 'vote-bar-label', text: label }),
    element('span', { className: 'vote-bar-track', attributes: { 'aria-hidden': 'true' } }, [fill]),
    element('span', { className: 'vote-bar-count', text }),
  ]);
}

/** The ranked results of the phase into `section` (a heading, an ordered list); hidden while there is nothing to show. */
export function renderResults(section, room, phase) {
  const mode = isOpen(phase) ? room.votingModeOf(phase) : 'DOTS';
  const results = mode === 'DOTS' || !resultsShown(room, phase) ? [] : rankedResults(room, phase);
  section.hidden = results.length === 0;
  if (results.length === 0) {
    return;
  }
  const headingId = `${section.id}-title`;
  const heading = element('h2', { text: t(`scoring.results.${mode}`, { phase: t(`phase.${phase}`) }),
    attributes: { id: headingId } });
  section.setAttribute('aria-labelledby', headingId);
  const criteria = room.criteriaOf(phase);
  const language = document.documentElement.lang || 'fr';
  if (mode === 'POINTS') {
    const most = Math.max(1, ...results.map((result) => result.points ?? 0));
    section.replaceChildren(heading, element('ol', { className: 'vote-bars score-results', attributes: { 'aria-labelledby': headingId } },
      results.map((result, index) => bar(t('scoring.ranked', { rank: index + 1, label: result.label }), result.points ?? 0, most,
        plural('scoring.points', result.points ?? 0), { 'data-key': voteKey(result.target), 'data-points': String(result.points ?? 0) }))));
    return;
  }
  // CRITERIA: ranked by the mean of the averages, each with a bar per criterion (out of 5).
  section.replaceChildren(heading, element('ol', { className: 'score-results criteria-results', attributes: { 'aria-labelledby': headingId } },
    results.map((result, index) => {
      const titleId = `${section.id}-${index}`;
      return element('li', { className: 'criteria-result', attributes: { 'data-key': voteKey(result.target) } }, [
        element('h3', { className: 'criteria-result-title', text: t('scoring.ranked', { rank: index + 1, label: result.label }),
          attributes: { id: titleId } }),
        element('ol', { className: 'vote-bars criteria-chart', attributes: { 'aria-labelledby': titleId } },
          criteria.map((criterion) => {
            const rating = result.ratings.find((entry) => entry.criterionId === criterion.criterionId) ?? { average: 0, count: 0 };
            return bar(criterion.label, rating.average, 5, plural('scoring.average', rating.count, {
              average: rating.average.toLocaleString(language, { maximumFractionDigits: 1 }),
            }), { 'data-criterion': criterion.criterionId });
          })),
      ]);
    })));
}

/**
 * The participant's own points and scores: controls for each card, the points left, and the calls.
 * Each change of points sends the whole allocation; a score is sent when it is chosen.
 */
export class ScoringControls {
  #room;
  #workshopId;
  #token;
  #refresh;
  /** The allocation being shown, by target key; null while it is the board's. */
  #draft = null;
  #sending = Promise.resolve();
  /** Allocations sent and not answered yet: the draft stays until the last one is. */
  #unanswered = 0;
  #status;

  constructor({ room, workshopId, token, refresh, status }) {
    this.#room = room;
    this.#workshopId = workshopId;
    this.#token = token;
    this.#refresh = refresh;
    this.#status = status;
  }

  /** The points each target now has, as this page shows them. */
  #allocation() {
    return this.#draft ?? new Map(this.#room.myPoints);
  }

  pointsLeft() {
    let used = 0;
    for (const points of this.#allocation().values()) {
      used += points;
    }
    return POINTS_BUDGET - used;
  }

  /** Controls for an idea, a cluster or a proposal; hidden until `update` shows them. */
  controlsFor(target, describedById) {
    const key = voteKey(target);
    const refusal = element('p', { className: 'alert scoring-error', attributes: { role: 'alert' } });
    const inputId = `points-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const input = element('input', {
      className: 'points-input',
      attributes: { id: inputId, type: 'number', inputmode: 'numeric', min: '0', max: String(POINTS_BUDGET), step: '1',
        'aria-describedby': describedById },
    });
    const label = element('label', { className: 'points-label', attributes: { for: inputId } });
    const minus = element('button', { className: 'secondary points-minus', attributes: { type: 'button', 'aria-describedby': describedById } });
    const plus = element('button', { className: 'primary points-plus', attributes: { type: 'button', 'aria-describedby': describedById } });
    minus.addEventListener('click', () => this.#setPoints(target, (this.#allocation().get(key) ?? 0) - POINTS_STEP, refusal));
    plus.addEventListener('click', () => this.#setPoints(target, (this.#allocation().get(key) ?? 0) + POINTS_STEP, refusal));
    input.addEventListener('change', () => this.#setPoints(target, Number.parseInt(input.value, 10) || 0, refusal));
    const points = element('div', { className: 'points-stepper' }, [label, minus, input, plus]);
    const criteria = element('div', { className: 'criteria-scores' });
    return element('div', { className: 'scoring-controls', attributes: { hidden: '', 'data-key': key } },
      [points, criteria, refusal]);
  }

  /** Shows the controls of `holder` for the phase's mode, with this participant's points or scores. */
  update(holder, target, phase, voting) {
    const controls = holder.querySelector(':scope > .scoring-controls');
    if (!controls) {
      return;
    }
    const mode = phase ? this.#room.votingModeOf(phase) : 'DOTS';
    controls.hidden = !voting || phase !== this.#room.phase || mode === 'DOTS';
    if (controls.hidden) {
      showError(controls.querySelector('.scoring-error'), null);
      return;
    }
    const key = voteKey(target);
    const stepper = controls.querySelector('.points-stepper');
    const criteria = controls.querySelector('.criteria-scores');
    stepper.hidden = mode !== 'POINTS';
    criteria.hidden = mode !== 'CRITERIA';
    if (mode === 'POINTS') {
      const own = this.#allocation().get(key) ?? 0;
      const left = this.pointsLeft();
      setText(stepper.querySelector('.points-label'), t('scoring.yourPoints'));
      const input = stepper.querySelector('.points-input');
      if (document.activeElement !== input) {
        input.value = String(own);
      }
      input.max = String(own + left);
      const minus = stepper.querySelector('.points-minus');
      const plus = stepper.querySelector('.points-plus');
      setText(minus, t('scoring.minus', { step: POINTS_STEP }));
      setText(plus, t('scoring.plus', { step: POINTS_STEP }));
      minus.setAttribute('aria-label', t('scoring.minusLabel', { step: POINTS_STEP }));
      plus.setAttribute('aria-label', t('scoring.plusLabel', { step: POINTS_STEP }));
      minus.disabled = own === 0;
      plus.disabled = left === 0;
      return;
    }
    this.#renderCriteria(criteria, target, key, phase, controls.querySelector('.scoring-error'));
  }

  #renderCriteria(holder, target, key, phase, refusal) {
    const criteria = this.#room.criteriaOf(phase);
    const signature = JSON.stringify(criteria);
    if (holder.dataset.signature !== signature) {
      holder.dataset.signature = signature;
      holder.replaceChildren(...criteria.map((criterion, index) => {
        const name = `score-${key}-${criterion.criterionId}`.replace(/[^A-Za-z0-9_-]/g, '-');
        return element('fieldset', { className: 'criterion-score', attributes: { 'data-criterion': criterion.criterionId } }, [
          element('legend', { text: criterion.label }),
          element('div', { className: 'score-choices' }, SCORES.map((score) => {
            const id = `${name}-${score}`;
            const radio = element('input', { attributes: { type: 'radio', id, name, value: String(score) } });
            radio.addEventListener('change', () => this.#rate(target, criterion.criterionId, score, refusal));
            return element('span', { className: 'score-choice' }, [radio,
              element('label', { text: String(score), attributes: { for: id, title: t('scoring.scoreOf', { score }) } })]);
          })),
        ]);
      }));
    }
    for (const fieldset of holder.querySelectorAll('.criterion-score')) {
      const mine = this.#room.myRatings.get(`${key}|${fieldset.dataset.criterion}`);
      for (const radio of fieldset.querySelectorAll('input')) {
        radio.checked = Number(radio.value) === mine;
      }
    }
  }

  /** The sticky line: the points left (POINTS), or how to score (CRITERIA). */
  renderStatus(voting) {
    const mode = this.#room.votingModeOf(this.#room.phase);
    this.#status.hidden = !voting || mode === 'DOTS';
    if (this.#status.hidden) {
      this.#draft = null;
      return;
    }
    const left = this.pointsLeft();
    this.#status.dataset.left = mode === 'POINTS' ? String(left) : '';
    setText(this.#status, mode === 'POINTS' ? plural('scoring.left', left, { budget: POINTS_BUDGET })
      : t('scoring.criteriaStatus'));
  }

  #answered() {
    this.#unanswered -= 1;
    if (this.#unanswered === 0) {
      // The board, read again, holds what was sent last.
      this.#refresh();
      this.#clearDraftOnNextSync = true;
    }
  }

  #clearDraftOnNextSync = false;

  /** The board was read again: once every allocation was answered, it holds them. */
  synced() {
    if (this.#clearDraftOnNextSync && this.#unanswered === 0) {
      this.#draft = null;
      this.#clearDraftOnNextSync = false;
    }
  }

  #setPoints(target, wanted, refusal) {
    const key = voteKey(target);
    const allocation = this.#allocation();
    const own = allocation.get(key) ?? 0;
    // Never more than what is left: the page does not offer what the server would refuse.
    const points = Math.max(0, Math.min(Math.trunc(wanted), own + this.pointsLeft()));
    allocation.set(key, points);
    this.#draft = allocation;
    showError(refusal, null);
    this.onChange?.();
    const body = { allocations: [...allocation.entries()].filter(([, value]) => value > 0).map(([entry, value]) => ({
      ...keyTarget(entry), points: value,
    })) };
    this.#unanswered += 1;
    this.#sending = this.#sending.then(() => api(path`/api/workshops/${this.#workshopId}/points`, {
      method: 'PUT', token: this.#token, body,
    })).then(() => {
      this.#answered();
    }, (error) => {
      this.#draft = null;
      showError(refusal, { detail: t('scoring.refused', { detail: afterColon(error.detail) }) });
      this.#answered();
    });
  }

  async #rate(target, criterionId, score, refusal) {
    showError(refusal, null);
    try {
      await api(path`/api/workshops/${this.#workshopId}/ratings`, {
        method: 'PUT', token: this.#token, body: { ...target, criterionId, score },
      });
      this.#room.myRatings.set(`${voteKey(target)}|${criterionId}`, score);
    } catch (error) {
      showError(refusal, { detail: t('scoring.refused', { detail: afterColon(error.detail) }) });
    }
    this.#refresh();
  }
}

/** The target a key of voteKey names. */
function keyTarget(key) {
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  return kind === 'proposal' ? { proposalId: id } : kind === 'idea' ? { ideaId: id } : { clusterId: id };
}
