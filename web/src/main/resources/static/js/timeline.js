import { api, path } from './api.js';
import { plural, t } from './i18n.js';
import { describeActor, describeEvent, EVENT_KINDS, formatInstant, formatSpan, PHASE_EVENTS } from './history-text.js';
import { element, setText, showError } from './ui.js';

const PAGE_SIZE = 100;
const MAX_PAGE = 1000;

/** Every event of a history query, page after page (for the few events that open phases). */
export async function readAllHistory(workshopId, token, query = {}) {
  const events = [];
  let after = 0;
  do {
    const page = await api(`${path`/api/workshops/${workshopId}/history`}?${new URLSearchParams({
      ...query, after: String(after), limit: String(MAX_PAGE),
    })}`, { token });
    events.push(...page.events);
    after = page.next;
  } while (after !== null && after !== undefined);
  return events;
}

/**
 * The phases of a workshop as stretches of positions: each begins with the event that opened it
 * (`openings`: the workshop's PHASE_EVENTS, oldest first) and ends where the next begins, the last
 * at `version`, recorded at `lastAt`.
 */
export function phaseBands(openings, version, lastAt) {
  const bands = [];
  for (const event of openings) {
    const previous = bands.at(-1);
    if (previous && previous.phase === event.phase) {
      continue;
    }
    if (previous) {
      previous.to = event.position - 1;
      previous.endAt = event.at;
    }
    bands.push({ phase: event.phase, from: event.position, to: version, startAt: event.at, endAt: lastAt });
  }
  return bands.filter((band) => band.to >= band.from);
}

/** The phase bands read from the server: the events that opened phases, and the time of the last event. */
export async function readPhaseBands(workshopId, token, version) {
  const openings = await readAllHistory(workshopId, token, { type: PHASE_EVENTS.join(',') });
  let lastAt = openings.at(-1)?.at ?? null;
  if (version > 0) {
    const last = await api(`${path`/api/workshops/${workshopId}/history`}?${new URLSearchParams({
      after: String(version - 1), limit: '1',
    })}`, { token });
    lastAt = last.events[0]?.at ?? lastAt;
  }
  return phaseBands(openings, version, lastAt);
}

/**
 * The timeline of a workshop: its phases as coloured bands on one axis of positions, and its events,
 * filtered and paged, each said in a sentence with who, when, and in which phase and step.
 */
export class Timeline {
  #workshopId;
  #token;
  #names;
  #onReplay;
  #nodes;
  #version = 0;
  #bands = [];
  #organisationIds = [];
  #events = [];
  #next = null;
  #query = {};
  #reads = 0;

  constructor({ workshopId, token, names, onReplay }) {
    this.#workshopId = workshopId;
    this.#token = token;
    this.#names = names;
    this.#onReplay = onReplay;
    const byId = (id) => document.getElementById(id);
    this.#nodes = {
      track: byId('band-track'),
      marks: byId('band-marks'),
      bands: byId('phase-bands'),
      form: byId('timeline-filters'),
      type: byId('filter-type'),
      organisation: byId('filter-organisation'),
      phase: byId('filter-phase'),
      status: byId('timeline-status'),
      error: byId('timeline-error'),
      list: byId('timeline'),
      more: byId('timeline-more'),
    };
    this.#nodes.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#applyFilters();
    });
    byId('filter-reset').addEventListener('click', () => {
      this.#nodes.type.value = '';
      this.#nodes.organisation.value = '';
      this.#nodes.phase.value = '';
      this.#applyFilters();
    });
    this.#nodes.more.addEventListener('click', () => this.#loadPage());
  }

  get bands() {
    return this.#bands;
  }

  /** Reads and shows the first page of events, unfiltered: what the page shows first. */
  readFirstPage() {
    return this.#applyFilters();
  }

  /**
   * Shows the phases as bands on the axis of positions, and offers the organisations to filter by.
   * The events shown already are said again: the first page may have come before the names.
   */
  showPhases({ version, bands, organisationIds }) {
    this.#version = version;
    this.#bands = bands;
    this.#organisationIds = organisationIds;
    this.render();
  }

  /** Texts built from data, said again in the language just chosen or with the names just learnt. */
  render() {
    this.#offerOrganisations(this.#organisationIds);
    this.#renderBands();
    this.#renderEvents();
  }

  #offerOrganisations(organisationIds) {
    const select = this.#nodes.organisation;
    const chosen = select.value;
    const options = [...new Set(organisationIds)]
      .map((id) => ({ id, name: this.#names.organisation(id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    select.replaceChildren(select.options[0],
      ...options.map(({ id, name }) => element('option', { text: name, attributes: { value: id } })));
    select.value = chosen;
  }

  async #applyFilters() {
    const kind = this.#nodes.type.value;
    this.#query = {
      ...(kind ? { type: EVENT_KINDS[kind].join(',') } : {}),
      ...(this.#nodes.organisation.value ? { organisationId: this.#nodes.organisation.value } : {}),
      ...(this.#nodes.phase.value ? { phase: this.#nodes.phase.value } : {}),
    };
    this.#events = [];
    this.#next = 0;
    await this.#loadPage();
  }

  async #loadPage() {
    const read = ++this.#reads;
    this.#nodes.more.disabled = true;
    showError(this.#nodes.error, null);
    try {
      const page = await api(`${path`/api/workshops/${this.#workshopId}/history`}?${new URLSearchParams({
        ...this.#query, after: String(this.#next ?? 0), limit: String(PAGE_SIZE),
      })}`, { token: this.#token });
      if (read !== this.#reads) {
        return; // filters changed while this page was read
      }
      page.events.forEach((event) => this.#names.learnEvent(event));
      this.#events.push(...page.events);
      this.#next = page.next ?? null;
      this.#renderEvents();
    } catch (error) {
      showError(this.#nodes.error, error);
    } finally {
      this.#nodes.more.disabled = false;
    }
  }

  #renderBands() {
    const total = Math.max(1, this.#version);
    this.#nodes.track.replaceChildren(...this.#bands.map((band) => {
      const segment = element('span', { className: 'band-segment', attributes: { 'data-phase': band.phase } });
      segment.style.flexGrow = String(band.to - band.from + 1);
      return segment;
    }));
    this.#nodes.bands.replaceChildren(...this.#bands.map((band) => element('li', {
      className: 'phase-band',
      attributes: { 'data-phase': band.phase, 'data-from': String(band.from), 'data-to': String(band.to) },
    }, [
      element('span', { className: 'phase-band-name', text: t(`phase.${band.phase}`) }),
      element('span', { className: 'phase-band-span', text: t('timeline.bandPositions', { from: band.from, to: band.to }) }),
      element('span', {
        className: 'phase-band-time',
        text: formatSpan(band.startAt, band.endAt),
      }),
      this.#replayButton(band.from, t('timeline.replayBand', { phase: t(`phase.${band.phase}`) })),
    ])));
    this.#nodes.marks.replaceChildren(...this.#events.map((event) => {
      const mark = element('span', { className: 'band-mark' });
      mark.style.left = `${((event.position - 0.5) / total) * 100}%`;
      return mark;
    }));
  }

  #renderEvents() {
    const groups = [];
    for (const event of this.#events) {
      let group = groups.at(-1);
      if (!group || group.phase !== event.phase) {
        group = { phase: event.phase, events: [] };
        groups.push(group);
      }
      group.events.push(event);
    }
    this.#nodes.list.replaceChildren(...groups.map((group, index) => {
      const headingId = `timeline-band-${index}`;
      return element('section', {
        className: 'timeline-band', attributes: { 'data-phase': group.phase, 'aria-labelledby': headingId },
      }, [
        element('h3', { className: 'timeline-band-title', text: t(`phase.${group.phase}`), attributes: { id: headingId } }),
        element('ol', { className: 'events' }, group.events.map((event) => this.#renderEvent(event))),
      ]);
    }));
    this.#nodes.more.hidden = this.#next === null;
    const filtered = Object.keys(this.#query).length > 0;
    setText(this.#nodes.status, this.#events.length === 0 ? t(filtered ? 'timeline.noMatch' : 'timeline.empty')
      : plural(this.#next === null ? 'timeline.countAll' : 'timeline.countSoFar', this.#events.length));
    this.#renderBands();
  }

  #renderEvent(event) {
    const where = [t(`phase.${event.phase}`), ...(event.step ? [t(`step.${event.step}`)] : [])].join(' · ');
    return element('li', {
      className: 'event',
      attributes: { 'data-position': String(event.position), 'data-type': event.type, 'data-phase': event.phase },
    }, [
      element('p', { className: 'event-sentence', text: describeEvent(event, this.#names) }),
      element('p', { className: 'event-meta' }, [
        element('span', { className: 'event-who', text: describeActor(event, this.#names) }),
        element('time', { className: 'event-time', text: formatInstant(event.at), attributes: { datetime: event.at } }),
        element('span', { className: 'event-where', text: where }),
        this.#replayButton(event.position, t('timeline.replayAt', { position: event.position }),
          t('timeline.positionShort', { position: event.position })),
      ]),
    ]);
  }

  #replayButton(position, label, text = t('timeline.replay')) {
    // The name read out starts with the words on screen, so speech input ("click n° 8") finds the button.
    const button = element('button', {
      className: 'link replay-from',
      text,
      attributes: { type: 'button', 'aria-label': label.startsWith(text) ? label : `${text} : ${label}`, 'data-position': String(position) },
    });
    button.addEventListener('click', () => this.#onReplay(position));
    return button;
  }
}
