/* global echarts */

// Charts of the evaluators' pages, drawn by ECharts as SVG (crisp when printed). They are pictures:
// every figure they show is also on the page as text, in a list or a table beside them.
// ECharts (1 MB to parse) is loaded when a chart is first drawn, not with the page: a page that
// loaded it up front ran none of its own code, and showed nothing, until it was parsed.

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';

const INK = '#1b1b1f';
const MUTED = '#4a4a55';
const LABEL_LENGTH = 32;
/** The narrowest column of the trace's graph, in pixels, whose nodes are labelled. */
const MIN_LABEL_COLUMN = 80;

/** Colours of the things a trace links, each with AA contrast against white for its label. */
export const KIND_COLOURS = {
  critique: '#8a1c1c',
  dream: '#4b2a7a',
  action: '#1e5a2e',
  cluster: '#1f4e79',
  proposal: '#7a4100',
  organisation: '#33333b',
  partnership: '#b3360b',
};

/** The network's links by kind, the strongest last. */
export const LINK_KINDS = ['MET', 'BUILT_ON', 'CO_COMMITTED', 'PARTNERSHIP'];
export const LINK_COLOURS = { MET: '#8a8a93', BUILT_ON: '#4b2a7a', CO_COMMITTED: '#1f4e79', PARTNERSHIP: '#b3360b' };
const COMPONENT_COLOURS = ['#1f4e79', '#8a1c1c', '#1e5a2e', '#4b2a7a', '#7a4100', '#33333b', '#0b5f66', '#6b2d5c'];

let loading = null;

/** Loads ECharts once; answers whether it is there (a page without it keeps its figures as text). */
export function loadCharts() {
  loading ??= new Promise((resolve) => {
    if (typeof echarts !== 'undefined') {
      resolve(true);
      return;
    }
    const script = document.createElement('script');
    script.src = ECHARTS;
    script.onload = () => resolve(typeof echarts !== 'undefined');
    script.onerror = () => resolve(false);
    document.head.append(script);
  });
  return loading;
}

/**
 * Draws once ECharts is loaded, in the order asked (a later drawing of the same node wins); a node
 * stays hidden where ECharts could not be loaded, since its figures are on the page as text.
 */
function whenLoaded(node, draw) {
  return loadCharts().then((available) => {
    node.hidden = node.hidden || !available;
    if (available) {
      draw();
    }
    return available;
  });
}

function motion() {
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function short(text) {
  const value = String(text ?? '');
  return value.length > LABEL_LENGTH ? `${value.slice(0, LABEL_LENGTH)}…` : value;
}

const observed = new WeakSet();

/** The chart drawn in a node, made once and resized with it. */
function chartIn(node) {
  const chart = echarts.getInstanceByDom(node) ?? echarts.init(node, null, { renderer: 'svg' });
  if (!observed.has(node) && 'ResizeObserver' in window) {
    observed.add(node);
    new ResizeObserver(() => chart.resize()).observe(node);
  }
  return chart;
}

/**
 * A trace as a graph read from left to right: critiques, their clusters, dreams, actions, the
 * proposal, the organisations committed to it, the partnership.
 * kindLabel(kind) names a kind of node, edgeLabel(kind) a kind of edge.
 */
export function drawTrace(node, graph, { kindLabel, edgeLabel }) {
  return whenLoaded(node, () => traceChart(node, graph, { kindLabel, edgeLabel }));
}

function traceChart(node, graph, { kindLabel, edgeLabel }) {
  const chart = chartIn(node);
  const columnOf = (item) => {
    if (item.kind === 'cluster') {
      return { CRITIQUE: 1, UTOPIA: 3, REALIZATION: 5 }[item.phase] ?? 5;
    }
    return { critique: 0, dream: 2, action: 4, proposal: 6, organisation: 7, partnership: 8 }[item.kind] ?? 6;
  };
  const columns = [...new Set(graph.nodes.map(columnOf))].sort((a, b) => a - b);
  const rows = new Map();
  const data = [...graph.nodes].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((item) => {
    const column = columns.indexOf(columnOf(item));
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return {
      id: item.id,
      name: item.id,
      kind: item.kind,
      value: item.label ?? '',
      x: column * 200,
      y: row * 90,
      symbol: item.kind === 'organisation' ? 'roundRect' : item.kind === 'partnership' ? 'diamond' : 'circle',
      symbolSize: item.kind === 'proposal' || item.kind === 'partnership' ? 30 : 20,
      itemStyle: { color: KIND_COLOURS[item.kind] ?? INK },
      // One line each, cut to its column: labels never run into their neighbours; the whole text is in the tooltip and the list.
      label: { show: true, position: 'bottom', color: INK, overflow: 'truncate', ellipsis: '…', formatter: () => short(item.label) || kindLabel(item.kind) },
    };
  });
  const kinds = [...new Set(graph.nodes.map((item) => item.kind))];
  // Where a column is too narrow for a readable label (a phone, whose graph is drawn at a third of
  // its size), the nodes go without: their colours say their kinds, a touch shows the text, and the
  // list beside the graph says every one of them. Labels that run into each other help nobody.
  const columnWidth = node.clientWidth / Math.max(1, columns.length);
  data.forEach((item) => {
    item.label.width = columnWidth - 16;
    item.label.show = columnWidth >= MIN_LABEL_COLUMN;
  });
  chart.setOption({
    animation: motion(),
    tooltip: {
      formatter: (params) => (params.dataType === 'edge' ? edgeLabel(params.data.kind)
        : `${kindLabel(params.data.kind)}: ${short(params.data.value)}`),
    },
    legend: { data: kinds.map(kindLabel), textStyle: { color: INK }, bottom: 0 },
    series: [{
      type: 'graph',
      layout: 'none',
      roam: true,
      categories: kinds.map((kind) => ({ name: kindLabel(kind), itemStyle: { color: KIND_COLOURS[kind] } })),
      data: data.map((item) => ({ ...item, category: kinds.indexOf(item.kind) })),
      links: graph.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        lineStyle: { color: MUTED, width: edge.kind === 'committed' || edge.kind === 'formed' ? 2 : 1.5, curveness: 0.15 },
      })),
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 7,
      emphasis: { focus: 'adjacency' },
    }],
  }, true);
}

/** The organisations' network: nodes by component, links as wide as they are strong, coloured by their strongest kind. */
export function drawNetwork(node, view, { linkLabel }) {
  return whenLoaded(node, () => networkChart(node, view, { linkLabel }));
}

function networkChart(node, view, { linkLabel }) {
  const chart = chartIn(node);
  const strongest = (edge) => [...LINK_KINDS].reverse().find((kind) => edge.kinds.includes(kind)) ?? 'MET';
  chart.setOption({
    animation: motion(),
    tooltip: {
      formatter: (params) => (params.dataType === 'edge'
        ? `${params.data.sourceName} — ${params.data.targetName}: ${params.data.kinds.map(linkLabel).join(', ')} (${params.data.weight})`
        : params.data.name),
    },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      // Laid out at once: no drifting nodes, the same picture on screen and in print.
      force: { initLayout: 'circular', repulsion: 400, edgeLength: [90, 200], gravity: 0.1, layoutAnimation: false },
      data: view.nodes.map((organisation) => ({
        id: organisation.organisationId,
        name: organisation.name,
        symbolSize: Math.min(44, 14 + 4 * organisation.degree),
        itemStyle: { color: COMPONENT_COLOURS[organisation.component % COMPONENT_COLOURS.length] },
        label: { show: true, position: 'right', color: INK, formatter: () => short(organisation.name) },
      })),
      links: view.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        // Not `value`: ECharts would draw strong links shorter, which flattens a triangle into a line.
        weight: edge.weight,
        kinds: edge.kinds,
        sourceName: view.nodes.find((n) => n.organisationId === edge.source)?.name ?? '',
        targetName: view.nodes.find((n) => n.organisationId === edge.target)?.name ?? '',
        lineStyle: { color: LINK_COLOURS[strongest(edge)], width: Math.min(8, 1 + edge.weight), opacity: 0.85 },
      })),
    }],
  }, true);
}

/** Horizontal bars, one per category, with their value written at the end. */
export function drawBars(node, categories, values, colour = '#1f4e79') {
  node.style.height = `${Math.max(8, 3 + 2.6 * categories.length)}rem`;
  return whenLoaded(node, () => barChart(node, categories, values, colour));
}

function barChart(node, categories, values, colour) {
  const chart = chartIn(node);
  chart.resize();
  chart.setOption({
    animation: motion(),
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED } },
    yAxis: {
      type: 'category', inverse: true, data: categories.map(short), axisLabel: { color: INK, width: 220, overflow: 'break' },
    },
    series: [{
      type: 'bar', data: values, itemStyle: { color: colour }, barMaxWidth: 28,
      label: { show: true, position: 'right', color: INK },
    }],
  }, true);
}
