import { api } from './api.js';
import { drawBars, drawNetwork, LINK_COLOURS, LINK_KINDS } from './charts.js';
import { currentLanguage, plural, t } from './i18n.js';
import { formatInstant, listOf } from './history-text.js';
import { element, setText, showError } from './ui.js';

const SLIDER_DELAY_MS = 150;

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(currentLanguage(), options).format(value ?? 0);
}

function percent(value) {
  return formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
}

/** A definition list of figures: [[label, value]...]. */
function figures(pairs) {
  return pairs.map(([label, value]) => element('div', { className: 'figure' }, [
    element('dt', { text: label }), element('dd', { text: String(value) }),
  ]));
}

/** A table of figures; on a phone it scrolls sideways (by keyboard too) rather than cutting its words. */
function table(caption, headings, rows) {
  return element('div', { className: 'table-scroll', attributes: { tabindex: '0', role: 'group', 'aria-label': caption } }, [
    element('table', { className: 'report-table' }, [
      element('caption', { text: caption }),
      element('thead', {}, [element('tr', {}, headings.map((heading) => element('th', { text: heading, attributes: { scope: 'col' } })))]),
      element('tbody', {}, rows.map((cells) => element('tr', {}, cells.map((cell, index) =>
        element(index === 0 ? 'th' : 'td', { text: String(cell), ...(index === 0 ? { attributes: { scope: 'row' } } : {}) }))))),
    ]),
  ]);
}

/**
 * The network slider's stops, oldest first: before the first link, then each moment a link was first
 * made or a partnership of this workshop formed, then today. Moments said to the same second are
 * one stop, at the latest of them (the slider says moments to the second: two stops that read alike
 * but show different figures only confuse); a stop is a partnership's when one formed then.
 * Each stop is {kind: 'before'|'links'|'partnership'|'now', at (null: today), shown (the moment it names)}.
 */
export function networkStops(linkMoments, partnershipMoments) {
  const second = (instant) => Math.floor(new Date(instant).getTime() / 1000);
  const formed = new Set(partnershipMoments.filter(Boolean).map(second));
  const bySecond = new Map();
  for (const instant of [...linkMoments, ...partnershipMoments].filter(Boolean)) {
    const key = second(instant);
    const latest = bySecond.get(key);
    if (!latest || new Date(instant) > new Date(latest)) {
      bySecond.set(key, instant);
    }
  }
  const moments = [...bySecond.entries()].sort(([a], [b]) => a - b);
  if (moments.length === 0) {
    return [{ kind: 'now', at: null, shown: null }];
  }
  const first = Math.min(...[...linkMoments, ...partnershipMoments].filter(Boolean).map((instant) => new Date(instant).getTime()));
  return [
    { kind: 'before', at: new Date(first - 1).toISOString(), shown: moments[0][1] },
    ...moments.map(([key, instant]) => ({ kind: formed.has(key) ? 'partnership' : 'links', at: instant, shown: instant })),
    { kind: 'now', at: null, shown: null },
  ];
}

/** What a stop of the network slider says. */
export function networkStopLabel(stop) {
  const date = stop.shown ? formatInstant(stop.shown) : '';
  return {
    before: () => t('network.before', { date }),
    links: () => t('network.at', { date }),
    partnership: () => t('network.atPartnership', { date }),
    now: () => t('network.now'),
  }[stop.kind]();
}

/** The scope a select chose: this workshop, or its programme (the server's default for evaluators). */
function scopeQuery(select, workshopId) {
  return select.value === 'workshop' ? { workshopId } : {};
}

/**
 * The organisations' network (GET /api/network) as a graph, its figures, its links as a table, and
 * the new links of each workshop; a slider goes back to the moments links were made.
 */
export class Network {
  #workshopId;
  #token;
  #nodes;
  #view = null;
  #stops = networkStops([], []);
  #reads = 0;
  #timer = null;

  constructor({ workshopId, token }) {
    this.#workshopId = workshopId;
    this.#token = token;
    const byId = (id) => document.getElementById(id);
    this.#nodes = {
      scope: byId('network-scope'),
      slider: byId('network-at'),
      at: byId('network-at-value'),
      error: byId('network-error'),
      figures: byId('network-figures'),
      chart: byId('network-chart'),
      legend: byId('network-legend'),
      links: byId('network-links'),
      newLinks: byId('network-new-links'),
    };
    this.#nodes.scope.addEventListener('change', () => this.load());
    this.#nodes.slider.addEventListener('input', () => {
      this.#renderMoment();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#read(this.#momentChosen()), SLIDER_DELAY_MS);
    });
  }

  /** Reads the network now, then offers every moment a link was first made and every partnership formed. */
  async load() {
    const view = await this.#read(null);
    if (!view) {
      return;
    }
    this.#stops = networkStops(view.edges.map((edge) => edge.firstAt), await this.#partnershipsFormed());
    this.#nodes.slider.min = '0';
    this.#nodes.slider.max = String(this.#stops.length - 1);
    this.#nodes.slider.value = String(this.#stops.length - 1);
    this.#nodes.slider.disabled = this.#stops.length < 2;
    this.#renderMoment();
  }

  render() {
    this.#renderMoment();
    this.#renderView();
  }

  #stopChosen() {
    return this.#stops[Math.min(this.#stops.length - 1, Number(this.#nodes.slider.value))];
  }

  /** null: today; otherwise the moment the slider's stop shows the network at. */
  #momentChosen() {
    return this.#stopChosen().at;
  }

  /** When this workshop's partnerships formed: the moments its network changed most. */
  async #partnershipsFormed() {
    if (!this.#workshopId) {
      return [];
    }
    try {
      const partnerships = await api(`/api/partnerships?${new URLSearchParams({ workshopId: this.#workshopId })}`, { token: this.#token });
      return partnerships.map((partnership) => partnership.formedAt);
    } catch {
      return []; // the slider still has the links' moments
    }
  }

  #renderMoment() {
    const stop = this.#stopChosen();
    const text = networkStopLabel(stop);
    this.#nodes.slider.dataset.kind = stop.kind;
    setText(this.#nodes.at, text);
    this.#nodes.slider.setAttribute('aria-valuetext', text);
  }

  async #read(at) {
    const read = ++this.#reads;
    showError(this.#nodes.error, null);
    try {
      const query = new URLSearchParams({ ...scopeQuery(this.#nodes.scope, this.#workshopId), ...(at ? { at } : {}) });
      const view = await api(`/api/network?${query}`, { token: this.#token });
      if (read === this.#reads) {
        this.#view = view;
        this.#renderView();
      }
      return view;
    } catch (error) {
      showError(this.#nodes.error, error);
      return null;
    }
  }

  #renderView() {
    const view = this.#view;
    if (!view) {
      return;
    }
    const names = new Map(view.nodes.map((node) => [node.organisationId, node.name]));
    this.#nodes.figures.dataset.components = String(view.components);
    this.#nodes.figures.replaceChildren(...figures([
      [t('network.organisations'), formatNumber(view.nodes.length)],
      [t('network.links'), formatNumber(view.links ?? view.edges.length)],
      [t('network.components'), formatNumber(view.components)],
      [t('network.largest'), formatNumber(view.largestComponent ?? 0)],
      [t('network.density'), percent(view.density)],
      [t('network.outside'), formatNumber(view.registeredOutside ?? 0)],
    ]));
    this.#nodes.legend.replaceChildren(...LINK_KINDS.map((kind) => element('li', {}, [
      element('span', { className: 'swatch', attributes: { 'aria-hidden': 'true', style: `background: ${LINK_COLOURS[kind]}` } }),
      element('span', { text: t(`network.kind.${kind}`) }),
    ])));
    this.#nodes.chart.hidden = view.nodes.length === 0;
    drawNetwork(this.#nodes.chart, view, { linkLabel: (kind) => t(`network.kind.${kind}`) });
    this.#nodes.links.replaceChildren(table(t('network.linksCaption'),
      [t('network.organisation'), t('network.organisation'), t('network.kinds'), t('network.weight')],
      view.edges.map((edge) => [names.get(edge.source) ?? '', names.get(edge.target) ?? '',
        listOf(edge.kinds.map((kind) => t(`network.kind.${kind}`))), formatNumber(edge.weight)])));
    this.#nodes.newLinks.replaceChildren(table(t('network.newLinksCaption'),
      [t('network.workshop'), t('network.theme'), t('network.links'), t('network.newLinks')],
      (view.newLinks ?? []).map((workshop) => [workshop.title ?? '', workshop.theme ?? '', formatNumber(workshop.links),
        formatNumber(workshop.newLinks)])));
  }
}

/**
 * The five impacts the programme expects (GET /api/indicators): for each, its figures as text and
 * a bar chart of them; the shared issues and the workshops as tables too.
 */
export class Indicators {
  #workshopId;
  #token;
  #nodes;
  #view = null;
  #names;

  constructor({ workshopId, token, names }) {
    this.#workshopId = workshopId;
    this.#token = token;
    this.#names = names;
    this.#nodes = {
      scope: document.getElementById('indicators-scope'),
      error: document.getElementById('indicators-error'),
      root: document.getElementById('indicators'),
    };
    this.#nodes.scope.addEventListener('change', () => this.load());
  }

  async load() {
    showError(this.#nodes.error, null);
    try {
      const query = new URLSearchParams(scopeQuery(this.#nodes.scope, this.#workshopId));
      this.#view = await api(`/api/indicators?${query}`, { token: this.#token });
      this.render();
    } catch (error) {
      showError(this.#nodes.error, error);
    }
  }

  render() {
    const view = this.#view;
    if (!view) {
      return;
    }
    const { cooperations: c, collectiveProjects: p, networksAndPartnerships: n, sharedIssues: s, peopleWhoKnowEachOther: k } = view;
    const organisation = (id) => this.#names.organisation(id);
    this.#nodes.root.replaceChildren(
      this.#impact('cooperations', 1, [
        [t('indicators.partnerships'), c.partnerships],
        [t('indicators.newPartnerships'), c.newPartnerships],
        [t('indicators.strengthenedPartnerships'), c.strengthenedPartnerships],
        [t('indicators.dissolved'), c.dissolved],
        [t('indicators.organisationsInPartnerships'), c.organisations],
        [t('indicators.pairs'), c.pairs],
        [t('indicators.pairsThatHadNeverMet'), c.pairsThatHadNeverMet],
      ], '#b3360b'),
      this.#impact('collectiveProjects', 2, [
        [t('indicators.proposals'), p.proposals],
        [t('indicators.open'), p.open],
        [t('indicators.collective'), p.collective],
        [t('indicators.organisationsCommitted'), p.organisationsCommitted],
        [t('indicators.actions'), p.actions?.total ?? 0],
        [t('indicators.actionsDone'), p.actions?.done ?? 0],
      ], '#7a4100', (p.projects ?? []).length === 0 ? [] : [table(t('indicators.projectsCaption'),
        [t('report.project'), t('indicators.organisationsHeading'), t('report.dots')],
        p.projects.map((project) => [project.title, listOf(project.organisationIds.map(organisation)), formatNumber(project.votes)]))]),
      this.#impact('networksAndPartnerships', 3, [
        [t('network.organisations'), n.organisations],
        [t('network.links'), n.links],
        [t('network.components'), n.components],
        [t('network.largest'), n.largestComponent],
        [t('indicators.partnerships'), n.partnerships],
      ], '#1f4e79', (n.themes ?? []).length === 0 ? [] : [table(t('indicators.themesCaption'),
        [t('network.theme'), t('indicators.workshops'), t('network.organisations'), t('network.links'),
          t('network.components'), t('network.density'), t('indicators.partnerships')],
        n.themes.map((theme) => [theme.theme, formatNumber(theme.workshops), formatNumber(theme.organisations),
          formatNumber(theme.links), formatNumber(theme.components), percent(theme.density), formatNumber(theme.partnerships)]))],
      [t('network.density'), percent(n.density)]),
      this.#impact('sharedIssues', 4, (s.issues ?? []).slice(0, 10).map((issue) => [issue.title, issue.votes]), '#8a1c1c',
        [element('p', { text: t('indicators.sharedIssuesSummary', {
          clusters: plural('indicators.clusters', s.clusters), organisations: plural('report.organisations', s.organisations),
        }) }),
        ...((s.issues ?? []).length === 0 ? [] : [table(t('indicators.issuesCaption'),
          [t('indicators.issue'), t('report.dots'), t('indicators.ideas'), t('indicators.organisationsHeading')],
          s.issues.map((issue) => [issue.title, formatNumber(issue.votes), formatNumber(issue.ideas),
            listOf(issue.organisationIds.map(organisation))]))])],
      null, { figuresAsTable: true }),
      this.#impact('peopleWhoKnowEachOther', 5, [
        [t('network.organisations'), k.organisations],
        [t('indicators.organisationPairs'), k.organisationPairs],
        [t('indicators.newOrganisationPairs'), k.newOrganisationPairs],
        [t('indicators.participants'), k.participants],
        [t('indicators.participantsWhoMet'), k.participantsWhoMetAnotherOrganisation],
        [t('indicators.participantPairs'), k.participantPairsAcrossOrganisations],
      ], '#1e5a2e'),
      // The heading names the section, the caption what the table's rows are: not the same words twice.
      ...((view.perWorkshop ?? []).length === 0 ? [] : [element('section', { className: 'impact' }, [
        element('h3', { text: t('indicators.perWorkshop') }),
        table(t('indicators.perWorkshopTable'),
          [t('network.workshop'), t('network.theme'), t('network.organisations'), t('indicators.participants'),
            t('indicators.critiqueClusters'), t('indicators.proposals'), t('indicators.collective'),
            t('indicators.partnerships'), t('network.newLinks')],
          view.perWorkshop.map((w) => [w.title, w.theme ?? '', w.organisations, w.participants, w.critiqueClusters,
            w.proposals, w.collectiveProjects, w.partnerships, w.newLinks].map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)))),
      ])]),
    );
  }

  /** One impact: its title, its figures as text, a bar chart of them, then anything more. */
  #impact(key, number, pairs, colour, more = [], extra = null, { figuresAsTable = false } = {}) {
    const chart = element('div', { className: 'chart impact-chart', attributes: { 'aria-hidden': 'true' } });
    const section = element('section', { className: 'impact', attributes: { 'data-impact': key } }, [
      element('h3', { text: t('indicators.heading', { number, title: t(`indicators.${key}`) }) }),
      element('p', { className: 'hint', text: t(`indicators.${key}.hint`) }),
      ...(figuresAsTable ? [] : [element('dl', { className: 'figures' }, figures([
        ...pairs.map(([label, value]) => [label, formatNumber(value)]), ...(extra ? [extra] : []),
      ]))]),
      ...(pairs.length > 0 ? [chart] : []),
      ...more,
    ]);
    if (pairs.length > 0) {
      // Drawn once the section is in the page, so the chart knows its width.
      requestAnimationFrame(() => drawBars(chart, pairs.map(([label]) => label), pairs.map(([, value]) => value), colour));
    }
    return section;
  }
}
