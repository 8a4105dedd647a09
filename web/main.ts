/// <reference types="vite/client" />
/**
 * The viewer page: wires the graph, sigma, the layout worker and the controls.
 * View logic lives in pure modules (filters, search, url-state, details,
 * view-graph); this file only connects them to the DOM and to sigma.
 */
import Sigma from 'sigma';
import {
  extremityArrow, layerFill, layerPlain, pathCurved, pathLine, pathLoop, sdfCircle, sdfDiamond, sdfSquare,
} from 'sigma/rendering';
import { parseGraph } from '../src/graph/load.js';
import { writeGexf } from '../src/export/gexf.js';
import type { EdgeAttributes, GraphAttributes } from '../src/graph/attributes.js';
import type { DemarcheGraph } from '../src/graph/types.js';
import { drawWithoutInstancing, expandedDraws } from './deinstance.js';
import { describeEdge, describeNode } from './details.js';
import { $, append, clear, el } from './dom.js';
import { EdgeLayer } from './edge-layer.js';
import { computeHidden, countKinds, dateExtent } from './filters.js';
import type { DateExtent, Hidden } from './filters.js';
import { Layout } from './layout.js';
import { cameraMoving, hideLabelsWhileMoving } from './moving.js';
import { renderPanel } from './panel.js';
import { buildSearchIndex, searchNodes } from './search.js';
import type { SearchHit, SearchIndex } from './search.js';
import { DEINSTANCE_MIN_ITEMS, HOVER_DELAY_MS, SEARCH_LIMIT, isLarge, sigmaSettings } from './settings.js';
import { CUSTOM_GRAPH_STATE, CUSTOM_NODE_STATE, sigmaStyles } from './sigma-styles.js';
import type { EdgeState, GraphState, NodeState } from './sigma-styles.js';
import { EDGE_KINDS, NODE_COLORS, NODE_KINDS, NODE_SHAPES, edgeColor, kindLabel } from './styles.js';
import { decodeViewState, encodeViewState } from './url-state.js';
import type { ViewState } from './url-state.js';
import { copyPositions, dataSubgraph, nodeStage, setStageSizes, toViewGraph } from './view-graph.js';
import type { ViewGraph, ViewNodeAttributes } from './view-graph.js';
import './style.css';

/**
 * What sigma compiles: three node shapes; straight, curved (parallel edges)
 * and, when the graph has any, loop paths; arrowheads. Every edge is drawn
 * with as many segments as the longest path declares, so curves stay coarse
 * and the 32-segment loop path is declared only when a self-loop exists.
 * On large graphs sigma draws no edge (edge-layer.ts does): its edge program
 * is the plainest one.
 */
function primitivesFor(large: boolean, loops: boolean) {
  const nodes = { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] };
  if (large) return { nodes, edges: { paths: [pathLine()], extremities: [], layers: [layerPlain()] } };
  return {
    nodes,
    edges: {
      paths: [pathLine(), pathCurved({ segments: 12 }), ...(loops ? [pathLoop({ segments: 16 })] : [])],
      extremities: [extremityArrow()],
      layers: [layerPlain()],
    },
  };
}

type Renderer = Sigma<ViewNodeAttributes, EdgeAttributes, GraphAttributes, NodeState, EdgeState, GraphState>;

/** How edges are drawn: by sigma (small graphs: curves, arrowheads, hover) or by the line layer (large graphs). */
interface EdgeDrawing {
  /** The filters now hide `next` instead of `previous`. */
  hide(previous: ReadonlySet<string>, next: ReadonlySet<string>): void;
  /** The highlighted edges are now `next` instead of `previous`; `active`: a node is hovered or selected. */
  highlight(previous: readonly string[], next: readonly string[], active: boolean): void;
  /** Edges drawn, per kind. */
  visibleByKind(): Record<string, number>;
}

function sigmaEdges(renderer: Renderer, view: ViewGraph): EdgeDrawing {
  return {
    hide(previous, next) {
      renderer.setEdgesState([...previous].filter((e) => !next.has(e) && view.hasEdge(e)), { isHidden: false });
      renderer.setEdgesState([...next].filter((e) => !previous.has(e)), { isHidden: true });
    },
    highlight(previous, next) {
      const nextEdges = new Set(next);
      renderer.setEdgesState(previous.filter((e) => !nextEdges.has(e) && view.hasEdge(e)), { isHighlighted: false });
      renderer.setEdgesState([...next], { isHighlighted: true });
    },
    visibleByKind() {
      const out: Record<string, number> = {};
      view.forEachEdge((edge, attrs) => {
        const data = renderer.getEdgeDisplayData(edge);
        if (data && data.visibility !== 'hidden') out[attrs.kind] = (out[attrs.kind] ?? 0) + 1;
      });
      return out;
    },
  };
}

function layerEdges(layer: EdgeLayer, view: ViewGraph): EdgeDrawing {
  let hidden: ReadonlySet<string> = new Set();
  return {
    hide(_previous, next) {
      hidden = next;
      layer.setHidden(next);
    },
    highlight(_previous, next, active) {
      layer.setHighlighted(next, active);
    },
    visibleByKind() {
      const out: Record<string, number> = {};
      view.forEachEdge((edge, attrs) => {
        if (!hidden.has(edge)) out[attrs.kind] = (out[attrs.kind] ?? 0) + 1;
      });
      return out;
    },
  };
}

interface App {
  view: ViewGraph;
  /** What sigma draws: the view itself, or on large graphs its nodes only (nodeStage). */
  stage: ViewGraph;
  renderer: Renderer;
  edges: EdgeDrawing;
  /** Large graphs: the line layer that draws the edges. */
  edgeLayer?: EdgeLayer;
  layout: Layout;
  index: SearchIndex;
  dates: DateExtent;
  hidden: Hidden;
  highlighted: { nodes: string[]; edges: string[] };
  hovered?: string;
  source: string;
  /** Keeps sigma's size in step with its container (header wrapping, panel opening). */
  resizeObserver: ResizeObserver;
}

let app: App | undefined;
/** Frames sigma has drawn (read by the bench). */
let renders = 0;
let state: ViewState = decodeViewState(location.hash);

// ---------------------------------------------------------------- messages

function status(message: string): void {
  $('status').textContent = message;
}

function showError(message: string): void {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
  clearTimeout((showError as { timer?: number }).timer);
  (showError as { timer?: number }).timer = window.setTimeout(() => { box.hidden = true; }, 12000);
}

function hideError(): void {
  $('error').hidden = true;
}

// ---------------------------------------------------------------- URL state

let urlTimer: number | undefined;
function writeUrl(delay = 0): void {
  window.clearTimeout(urlTimer);
  const write = () => {
    const hash = encodeViewState(state);
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  };
  if (delay) urlTimer = window.setTimeout(write, delay);
  else write();
}

// ---------------------------------------------------------------- highlight and selection

function neighbourhood(view: ViewGraph, node: string): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>([node]);
  const edges: string[] = [];
  view.forEachEdge(node, (edge, _a, source, target) => {
    if (app?.hidden.edges.has(edge)) return;
    edges.push(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes: [...nodes], edges };
}

function applyHighlight(): void {
  if (!app) return;
  const { renderer, view } = app;
  const focus = app.hovered ?? (state.node && view.hasNode(state.node) ? state.node : undefined);
  const previous = app.highlighted;
  const next = focus ? neighbourhood(view, focus) : { nodes: [], edges: [] };
  const nextNodes = new Set(next.nodes);
  renderer.setNodesState(previous.nodes.filter((n) => !nextNodes.has(n) && view.hasNode(n)), { isHighlighted: false });
  renderer.setNodesState(next.nodes, { isHighlighted: true });
  app.edges.highlight(previous.edges, next.edges, next.nodes.length > 0);
  app.highlighted = next;
}

function select(node: string | undefined, options: { focusPanel?: boolean; moveCamera?: boolean } = {}): void {
  if (!app) return;
  const { renderer, view } = app;
  const previous = state.node;
  if (previous && view.hasNode(previous)) renderer.setNodeState(previous, { isSelected: false });
  const panel = $('panel');
  if (!node || !view.hasNode(node)) {
    state = { ...state, node: undefined };
    panel.hidden = true;
    clear(panel);
    applyHighlight();
    writeUrl();
    renderer.resize();
    return;
  }
  state = { ...state, node };
  renderer.setNodeState(node, { isSelected: true });
  renderPanel(panel, describeNode(view as unknown as DemarcheGraph, node), {
    select: (key) => select(key, { focusPanel: true, moveCamera: true }),
    close: () => { select(undefined); ($('search') as HTMLInputElement).focus(); },
  });
  renderer.resize();
  applyHighlight();
  if (options.moveCamera) centreOn(node);
  if (options.focusPanel) ($('panel-title') as HTMLElement).focus();
  status(`Selected ${view.getNodeAttribute(node, 'label')}`);
  writeUrl();
}

function centreOn(node: string): void {
  if (!app) return;
  const display = app.renderer.getNodeDisplayData(node);
  if (!display) return;
  const camera = app.renderer.getCamera();
  void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 350 });
}

// ---------------------------------------------------------------- filters and legend

function applyFilters(): void {
  if (!app) return;
  const { renderer, view } = app;
  const hidden = computeHidden(view as unknown as DemarcheGraph, state.filters);
  const previous = app.hidden;
  const show = (prev: Set<string>, next: Set<string>) => [...prev].filter((k) => !next.has(k));
  const hide = (prev: Set<string>, next: Set<string>) => [...next].filter((k) => !prev.has(k));
  renderer.setNodesState(show(previous.nodes, hidden.nodes).filter((n) => view.hasNode(n)), { isHidden: false });
  renderer.setNodesState(hide(previous.nodes, hidden.nodes), { isHidden: true });
  app.edges.hide(previous.edges, hidden.edges);
  app.hidden = hidden;
  applyHighlight();
  updateCounts();
  writeUrl();
}

function updateCounts(): void {
  if (!app) return;
  const counts = countKinds(app.view as unknown as DemarcheGraph, app.hidden);
  for (const [kind, c] of counts.nodes) {
    const span = document.querySelector(`#legend-nodes [data-count="${CSS.escape(kind)}"]`);
    if (span) span.textContent = c.visible === c.total ? String(c.total) : `${c.visible}/${c.total}`;
  }
  for (const [kind, c] of counts.edges) {
    const span = document.querySelector(`#legend-edges [data-count="${CSS.escape(kind)}"]`);
    if (span) span.textContent = c.visible === c.total ? String(c.total) : `${c.visible}/${c.total}`;
  }
  const visibleNodes = app.view.order - app.hidden.nodes.size;
  const visibleEdges = app.view.size - app.hidden.edges.size;
  $('graph-info').textContent = `${app.source}: ${visibleNodes} of ${app.view.order} actors, ${visibleEdges} of ${app.view.size} relations shown.`;
}

function legendItem(kind: string, group: 'node' | 'edge', color: string, checked: boolean, onToggle: (on: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', 'data-kind': kind, name: `${group}-kind` });
  input.checked = checked;
  input.addEventListener('change', () => onToggle(input.checked));
  const swatch = el('span', {
    className: group === 'edge' ? 'swatch line' : `swatch shape-${(NODE_SHAPES as Record<string, string>)[kind] ?? 'circle'}`,
    'aria-hidden': 'true',
  });
  swatch.style.background = color;
  return el('li', {}, el('label', {}, input, swatch, kindLabel(kind), el('span', { className: 'count', 'data-count': kind })));
}

function buildControls(): void {
  if (!app) return;
  const counts = countKinds(app.view as unknown as DemarcheGraph);
  const nodeList = $('legend-nodes');
  clear(nodeList);
  for (const kind of NODE_KINDS) {
    nodeList.append(legendItem(kind, 'node', NODE_COLORS[kind], !state.filters.hiddenNodeKinds.has(kind), (on) => {
      const set = new Set(state.filters.hiddenNodeKinds);
      if (on) set.delete(kind); else set.add(kind);
      state = { ...state, filters: { ...state.filters, hiddenNodeKinds: set } };
      applyFilters();
    }));
  }
  const edgeList = $('legend-edges');
  clear(edgeList);
  const present = EDGE_KINDS.filter((k) => counts.edges.has(k) || state.filters.hiddenEdgeKinds.has(k));
  // Kinds outside the schema (foreign files) still get a toggle.
  const extra = [...counts.edges.keys()].filter((k) => !(EDGE_KINDS as readonly string[]).includes(k)).sort();
  for (const kind of [...present, ...extra]) {
    edgeList.append(legendItem(kind, 'edge', edgeColor(kind), !state.filters.hiddenEdgeKinds.has(kind), (on) => {
      const set = new Set(state.filters.hiddenEdgeKinds);
      if (on) set.delete(kind); else set.add(kind);
      state = { ...state, filters: { ...state.filters, hiddenEdgeKinds: set } };
      applyFilters();
    }));
  }
  if (!present.length && !extra.length) edgeList.append(el('li', { className: 'info' }, 'No relations.'));
  const dates = $('dates');
  const from = $('date-from') as HTMLInputElement;
  const to = $('date-to') as HTMLInputElement;
  dates.hidden = app.dates.dates.length < 2;
  for (const input of [from, to]) {
    input.min = app.dates.min ?? '';
    input.max = app.dates.max ?? '';
  }
  from.value = state.filters.dateFrom ?? app.dates.min ?? '';
  to.value = state.filters.dateTo ?? app.dates.max ?? '';
  ($('hide-isolated') as HTMLInputElement).checked = state.filters.hideIsolated;
  ($('size-by') as HTMLSelectElement).value = state.sizeBy;
}

/** Node sizes follow `state.sizeBy` (sigma's graph state; on large graphs, the stage's size attribute). */
function applySizeBy(): void {
  if (!app) return;
  app.renderer.setGraphState({ sizeBy: state.sizeBy });
  if (app.stage !== app.view) setStageSizes(app.stage, state.sizeBy);
}

function onDateChange(): void {
  if (!app) return;
  const from = ($('date-from') as HTMLInputElement).value;
  const to = ($('date-to') as HTMLInputElement).value;
  const filters = { ...state.filters };
  filters.dateFrom = from && from !== app.dates.min ? from : undefined;
  filters.dateTo = to && to !== app.dates.max ? to : undefined;
  state = { ...state, filters };
  applyFilters();
}

// ---------------------------------------------------------------- search box

let hits: SearchHit[] = [];
let active = -1;

function renderHits(): void {
  const input = $('search') as HTMLInputElement;
  const list = $('search-results');
  clear(list);
  hits.forEach((hit, i) => {
    const swatch = el('span', { className: `swatch shape-${(NODE_SHAPES as Record<string, string>)[hit.kind] ?? 'circle'}`, 'aria-hidden': 'true' });
    swatch.style.background = (NODE_COLORS as Record<string, string>)[hit.kind] ?? '#888';
    const li = el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-node': hit.node },
      swatch, el('span', { className: 'label' }, hit.label),
      hit.alias ? el('span', { className: 'alias' }, `(${hit.alias})`) : null,
      el('span', { className: 'kind' }, hit.kind));
    li.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
    list.append(li);
  });
  const open = hits.length > 0;
  list.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  if (active >= 0 && open) input.setAttribute('aria-activedescendant', `search-option-${active}`);
  else input.removeAttribute('aria-activedescendant');
  $(`search-results`).querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
}

function updateSearch(): void {
  const query = ($('search') as HTMLInputElement).value;
  hits = app ? searchNodes(app.index, query, SEARCH_LIMIT) : [];
  active = hits.length ? 0 : -1;
  renderHits();
  if (query.trim()) status(hits.length ? `${hits.length} match${hits.length > 1 ? 'es' : ''}` : 'No match');
}

function closeSearch(): void {
  hits = [];
  active = -1;
  renderHits();
}

function choose(i: number): void {
  const hit = hits[i];
  if (!hit) return;
  const input = $('search') as HTMLInputElement;
  input.value = hit.label;
  closeSearch();
  select(hit.node, { moveCamera: true });
}

function wireSearch(): void {
  const input = $('search') as HTMLInputElement;
  input.addEventListener('input', updateSearch);
  input.addEventListener('focus', () => { if (input.value) updateSearch(); });
  input.addEventListener('blur', () => window.setTimeout(closeSearch, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) updateSearch();
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      renderHits();
    } else if (event.key === 'Enter') {
      if (!hits.length) updateSearch();
      if (hits.length) {
        event.preventDefault();
        const chosen = hits[Math.max(0, active)];
        choose(Math.max(0, active));
        if (chosen) ($('panel-title') as HTMLElement | null)?.focus();
      }
    } else if (event.key === 'Escape') {
      if (hits.length) closeSearch();
      else { input.value = ''; }
    }
  });
}

// ---------------------------------------------------------------- sigma events

function tooltipFor(edge: string, x: number, y: number): void {
  if (!app) return;
  const summary = describeEdge(app.view as unknown as DemarcheGraph, edge);
  const tip = $('tooltip');
  clear(tip);
  const swatch = el('span', { className: 'swatch line', 'aria-hidden': 'true' });
  swatch.style.background = edgeColor(summary.kind);
  append(tip,
    el('div', {}, swatch, el('span', { className: 'kind' }, kindLabel(summary.kind)), ': ',
      summary.source.label, ' → ', summary.target.label,
      summary.evidence.date ? ` (${summary.evidence.date})` : ''),
    summary.evidence.quote ? el('div', { className: 'quote' }, `“${summary.evidence.quote}”`) : null,
    el('div', { className: 'evidence' }, summary.evidence.evidence),
  );
  tip.hidden = false;
  const rect = tip.getBoundingClientRect();
  tip.style.left = `${Math.min(x + 14, window.innerWidth - rect.width - 8)}px`;
  tip.style.top = `${Math.min(y + 14, window.innerHeight - rect.height - 8)}px`;
}

function bindEvents(renderer: Renderer, layout: Layout): void {
  let hoverTimer: number | undefined;
  renderer.on('enterNode', ({ node }) => {
    window.clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => {
      if (!app) return;
      app.hovered = node;
      applyHighlight();
    }, HOVER_DELAY_MS);
  });
  renderer.on('leaveNode', () => {
    window.clearTimeout(hoverTimer);
    if (!app) return;
    app.hovered = undefined;
    applyHighlight();
  });
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(undefined));
  renderer.on('enterEdge', ({ edge, event }) => {
    const original = event.original as MouseEvent;
    tooltipFor(edge, original.clientX ?? 0, original.clientY ?? 0);
  });
  renderer.on('leaveEdge', () => { $('tooltip').hidden = true; });
  renderer.on('nodeDragStart', () => layout.suspend());
  renderer.on('nodeDragEnd', ({ node }) => {
    // On a large graph sigma moved the node in its stage: the view (layout, exports) takes the drop position.
    if (app && app.stage !== app.view && app.stage.hasNode(node)) {
      const { x, y } = app.stage.getNodeAttributes(node);
      app.view.mergeNodeAttributes(node, { x, y });
    }
    layout.pin(node);
  });
  renderer.getCamera().on('updated', (camera) => {
    state = { ...state, camera: { x: camera.x, y: camera.y, ratio: camera.ratio, angle: camera.angle } };
    writeUrl(300);
  });
}

// ---------------------------------------------------------------- mounting a graph

function setLayoutButton(running: boolean): void {
  const button = $('layout-toggle');
  button.textContent = running ? 'Pause layout' : 'Resume layout';
}

function mount(graph: DemarcheGraph, source: string): void {
  if (app) {
    app.resizeObserver.disconnect();
    app.layout.kill();
    app.renderer.kill();
    app = undefined;
  }
  const started = performance.now();
  const timings: Record<string, number> = {};
  let last = started;
  const lap = (name: string) => { const now = performance.now(); timings[name] = Math.round(now - last); last = now; };
  const view = toViewGraph(graph);
  const large = isLarge(view.order, view.size);
  // Large graphs: sigma gets the nodes only; the line layer draws the edges.
  const stage = large ? nodeStage(view) : view;
  if (large) setStageSizes(stage, state.sizeBy);
  lap('viewGraph');
  const container = $('graph');
  const renderer: Renderer = new Sigma(stage, container, {
    primitives: primitivesFor(large, view.selfLoopCount > 0),
    styles: sigmaStyles(large, view.selfLoopCount > 0),
    settings: sigmaSettings(view.order, view.size),
    customNodeState: CUSTOM_NODE_STATE,
    customGraphState: { ...CUSTOM_GRAPH_STATE, sizeBy: state.sizeBy },
  });
  drawWithoutInstancing(renderer as unknown as Sigma, DEINSTANCE_MIN_ITEMS);
  if (large) hideLabelsWhileMoving(renderer as unknown as Sigma);
  const edgeLayer = large ? new EdgeLayer(renderer as unknown as Sigma, view, stage) : undefined;
  const edges = edgeLayer ? layerEdges(edgeLayer, view) : sigmaEdges(renderer, view);
  if (stage !== view) view.on('eachNodeAttributesUpdated', () => copyPositions(view, stage));
  lap('sigma');
  // On large graphs the layout's positions wait while the camera moves: each update redraws every node.
  const layout = new Layout(view, setLayoutButton, large ? () => cameraMoving(renderer as unknown as Sigma) : undefined);
  app = {
    view,
    stage,
    renderer,
    edges,
    edgeLayer,
    layout,
    index: buildSearchIndex(graph),
    dates: dateExtent(graph),
    hidden: { nodes: new Set(), edges: new Set() },
    highlighted: { nodes: [], edges: [] },
    source,
    resizeObserver: new ResizeObserver(() => { renderer.resize(); renderer.scheduleRender(); }),
  };
  app.resizeObserver.observe(container);
  lap('indexes');
  buildControls();
  applyFilters();
  lap('controls');
  bindEvents(renderer, layout);
  renderer.on('afterRender', () => { renders++; });
  if (state.camera) renderer.getCamera().setState(state.camera);
  if (state.node && view.hasNode(state.node)) select(state.node, { moveCamera: !state.camera });
  else if (state.node) { state = { ...state, node: undefined }; $('panel').hidden = true; }
  layout.start();
  lap('layout');
  const loadMs = Math.round(performance.now() - started);
  status(`Loaded ${source}: ${view.order} actors, ${view.size} relations (${loadMs} ms).`);
  renderer.once('afterRender', () => {
    // Wait for the frame to be drawn (WebGL only queues it): the time to ready is the time to a picture.
    const gl = renderer.getWebGLContext();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    lap('firstFrame');
    window.__demarche = { ...window.__demarche, ready: true, loadMs: Math.round(performance.now() - started), readyAt: performance.now(), timings, order: view.order, size: view.size, source };
    document.body.dataset.ready = 'true';
  });
  renderer.scheduleRender();
}

function loadText(text: string, source: string, keepView = false): boolean {
  let graph: DemarcheGraph;
  const parseStarted = performance.now();
  try {
    graph = parseGraph(text);
    window.__demarche = { ...window.__demarche, parseMs: Math.round(performance.now() - parseStarted) };
  } catch (error) {
    showError(`Could not open ${source}: ${(error as Error).message}. The current graph is unchanged.`);
    return false;
  }
  hideError();
  if (!keepView) state = { ...state, node: undefined, camera: undefined };
  document.body.dataset.ready = 'false';
  mount(graph, source);
  writeUrl();
  return true;
}

async function loadFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    showError(`Could not read ${file.name}: ${(error as Error).message}. The current graph is unchanged.`);
    return;
  }
  loadText(text, file.name);
}

// ---------------------------------------------------------------- pasted text

async function buildFromText(text: string): Promise<void> {
  status('Reading the article…');
  try {
    // The parser (and its lexicons) load only when text is pasted.
    const { buildGraph } = await import('../src/index.js');
    const graph = buildGraph([{ id: 'pasted', text }]);
    hideError();
    state = { ...state, node: undefined, camera: undefined };
    mount(graph, 'pasted article');
    writeUrl();
  } catch (error) {
    showError(`Could not build a graph from the text: ${(error as Error).message}. The current graph is unchanged.`);
  }
}

// ---------------------------------------------------------------- exports

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The graph as on screen: visible nodes and edges, current positions. */
export function currentGexf(): string {
  if (!app) throw new Error('No graph loaded.');
  const { graph, positions } = dataSubgraph(app.view, app.hidden);
  return writeGexf(graph, { positions, creator: 'demarche viewer' });
}

/** Draws the next frame onto a white 2D canvas (WebGL buffers are only readable right after a render). */
function snapshotCanvas(): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    if (!app) { reject(new Error('No graph loaded.')); return; }
    const renderer = app.renderer;
    renderer.once('afterRender', () => {
      const stage = renderer.getStageCanvas();
      const out = document.createElement('canvas');
      out.width = stage.width;
      out.height = stage.height;
      const ctx = out.getContext('2d');
      if (!ctx) { reject(new Error('No 2D canvas.')); return; }
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const canvas of renderer.getContainer().querySelectorAll('canvas')) {
        if (canvas.width && canvas.height) ctx.drawImage(canvas, 0, 0, out.width, out.height);
      }
      resolve(out);
    });
    // A large graph's edges are drawn over a few frames: this one draws them all.
    app.edgeLayer?.finish();
    renderer.refresh();
  });
}

async function exportPng(): Promise<void> {
  const canvas = await snapshotCanvas();
  canvas.toBlob((blob) => { if (blob) download(blob, 'demarche.png'); }, 'image/png');
}

// ---------------------------------------------------------------- wiring

function wireControls(): void {
  $('layout-toggle').addEventListener('click', () => {
    if (!app) return;
    if (app.layout.isRunning()) app.layout.pause(); else app.layout.start();
  });
  $('layout-reset').addEventListener('click', () => app?.layout.reset());
  $('hide-isolated').addEventListener('change', (event) => {
    state = { ...state, filters: { ...state.filters, hideIsolated: (event.target as HTMLInputElement).checked } };
    applyFilters();
  });
  $('size-by').addEventListener('change', (event) => {
    const sizeBy = (event.target as HTMLSelectElement).value === 'mentions' ? 'mentions' : 'degree';
    state = { ...state, sizeBy };
    applySizeBy();
    writeUrl();
  });
  $('date-from').addEventListener('change', onDateChange);
  $('date-to').addEventListener('change', onDateChange);
  const fileInput = $('file-input') as HTMLInputElement;
  $('open-file').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void loadFile(file);
    fileInput.value = '';
  });
  const dialog = $('paste-dialog') as HTMLDialogElement;
  $('paste-open').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    const text = ($('paste-text') as HTMLTextAreaElement).value;
    if (dialog.returnValue === 'build' && text.trim()) void buildFromText(text);
  });
  $('export-gexf').addEventListener('click', () => {
    try {
      download(new Blob([currentGexf()], { type: 'application/xml' }), 'demarche.gexf');
    } catch (error) {
      showError(`Export failed: ${(error as Error).message}`);
    }
  });
  $('export-png').addEventListener('click', () => { exportPng().catch((error: Error) => showError(`Export failed: ${error.message}`)); });

  // Drag and drop a graph file anywhere on the page.
  const overlay = $('drop-overlay');
  let depth = 0;
  window.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (!depth) overlay.hidden = true; });
  window.addEventListener('dragover', (event) => { event.preventDefault(); });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });

  // Keyboard: "/" jumps to the search box, Escape closes the panel.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      ($('search') as HTMLInputElement).focus();
    } else if (event.key === 'Escape' && !typing && state.node) {
      select(undefined);
      ($('search') as HTMLInputElement).focus();
    }
  });
  window.addEventListener('hashchange', () => {
    // A pasted link: apply its view to the current graph.
    const next = decodeViewState(location.hash);
    if (encodeViewState(next) === encodeViewState(state)) return;
    state = next;
    if (!app) return;
    buildControls();
    applyFilters();
    applySizeBy();
    if (state.camera) app.renderer.getCamera().setState(state.camera);
    select(state.node);
  });
}

declare global {
  interface Window {
    __demarche?: {
      ready?: boolean;
      loadMs?: number;
      order?: number;
      size?: number;
      source?: string;
      bootAt?: number;
      fetchedAt?: number;
      readyAt?: number;
      parseMs?: number;
      timings?: Record<string, number>;
      /** Test and bench hooks. */
      api?: typeof testApi;
    };
  }
}

/** What tests and the bench read from the live page. */
const testApi = {
  /** Edges whose rendered visibility is "visible", per kind. */
  visibleEdgesByKind(): Record<string, number> {
    return app ? app.edges.visibleByKind() : {};
  },
  selected(): string | undefined {
    return state.node;
  },
  layoutRunning(): boolean {
    return app?.layout.isRunning() ?? false;
  },
  pauseLayout(): void {
    app?.layout.pause();
  },
  nodeViewport(node: string): { x: number; y: number } | undefined {
    if (!app || !app.view.hasNode(node)) return undefined;
    const a = app.view.getNodeAttributes(node);
    const p = app.renderer.graphToViewport({ x: a.x, y: a.y });
    const rect = app.renderer.getContainer().getBoundingClientRect();
    return { x: p.x + rect.left, y: p.y + rect.top };
  },
  nodePosition(node: string): { x: number; y: number } | undefined {
    if (!app || !app.view.hasNode(node)) return undefined;
    const a = app.view.getNodeAttributes(node);
    return { x: a.x, y: a.y };
  },
  /** Counts the non-white pixels and distinct colours of the next frame. */
  async pixels(): Promise<{ width: number; height: number; nonWhite: number; colours: number }> {
    const canvas = await snapshotCanvas();
    const ctx = canvas.getContext('2d')!;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let nonWhite = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) nonWhite++;
      if (i % 64 === 0) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    return { width: canvas.width, height: canvas.height, nonWhite, colours: colours.size };
  },
  /** The colours [r, g, b, a] of the next frame within `radius` pixels of a page point (everything drawn, a large graph's edges included). */
  async pixelsNear(x: number, y: number, radius: number): Promise<number[][]> {
    const canvas = await snapshotCanvas();
    const rect = app!.renderer.getContainer().getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const cx = Math.round((x - rect.left) * ratio);
    const cy = Math.round((y - rect.top) * ratio);
    const data = canvas.getContext('2d')!.getImageData(cx - radius, cy - radius, 2 * radius + 1, 2 * radius + 1).data;
    const out: number[][] = [];
    for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    return out;
  },
  gexf: currentGexf,
  loadText,
  renders(): number {
    return renders;
  },
  /**
   * Milliseconds from a scheduled render to the end of the frame. `full`: the
   * frame redraws everything, a large graph's edges included (otherwise they
   * come from their last picture, as on a hover).
   */
  frameMs(full = false): Promise<number> {
    return new Promise((resolve) => {
      if (!app) { resolve(-1); return; }
      if (full && app.edgeLayer) {
        app.edgeLayer.invalidate();
        app.edgeLayer.finish();
      }
      const started = performance.now();
      app.renderer.once('afterRender', () => {
        // readPixels waits for the GPU to finish the frame.
        const gl = app!.renderer.getWebGLContext();
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        resolve(Math.round(performance.now() - started));
      });
      app.renderer.scheduleRender();
    });
  },
  /** Whether edges are drawn by the line layer (large graphs) rather than by sigma. */
  edgeLayer(): boolean {
    return Boolean(app?.edgeLayer);
  },
  /** Draws made as plain triangle lists instead of instances (deinstance.ts). */
  expandedDraws,
  /** performance.now() when every edge was first on screen (large graphs draw them over a few frames). */
  edgesCompleteAt(): number | undefined {
    if (!app) return undefined;
    return app.edgeLayer ? app.edgeLayer.firstCompleteAt : window.__demarche?.readyAt;
  },
  /** Changes one sigma setting (bench experiments). */
  setSetting(name: string, value: unknown): void {
    app?.renderer.setSetting(name as 'renderLabels', value as boolean);
  },
  /** Nodes drawn highlighted (the hovered or selected node and its neighbours). */
  highlighted(): string[] {
    return app ? [...app.highlighted.nodes].sort() : [];
  },
  isPinned(node: string): boolean {
    return Boolean(app?.view.hasNode(node) && app.view.getNodeAttribute(node, 'fixed'));
  },
};

async function boot(): Promise<void> {
  window.__demarche = { ready: false, api: testApi, bootAt: performance.now() };
  wireControls();
  wireSearch();
  let response: Response;
  try {
    response = await fetch('graph', { cache: 'no-store' });
  } catch {
    response = new Response(null, { status: 404 });
  }
  if (!response.ok) {
    status('No graph loaded: drop a JSON or GEXF file here, open one, or paste an article.');
    document.body.dataset.ready = 'true';
    window.__demarche = { ...window.__demarche, ready: true, order: 0, size: 0 };
    return;
  }
  const name = decodeURIComponent(response.headers.get('x-demarche-source') ?? 'graph');
  const text = await response.text();
  window.__demarche = { ...window.__demarche, fetchedAt: performance.now() };
  loadText(text, name, true);
}

void boot();
