/**
 * The view in the URL fragment, so a link reproduces it:
 * `#node=person%3Avladimir-putin&hide=statement,consult&nodes=person&from=2022-01-01&to=2022-02-01&isolated=0&size=mentions&cam=0.5,0.5,0.8`.
 * Pure: decoding ignores anything malformed rather than throwing.
 */
import { ISO_DATE } from './filters.js';
import type { FilterState } from './filters.js';
import { EDGE_KINDS, NODE_KINDS } from './styles.js';
import type { SizeBy } from './styles.js';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  node?: string;
  filters: FilterState;
  sizeBy: SizeBy;
  camera?: CameraView;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  filters: { hiddenEdgeKinds: new Set(), hiddenNodeKinds: new Set(), hideIsolated: false },
  sizeBy: 'degree',
};

function round(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  const f = state.filters;
  if (f.hiddenEdgeKinds.size) params.set('hide', [...f.hiddenEdgeKinds].sort().join(','));
  if (f.hiddenNodeKinds.size) params.set('nodes', [...f.hiddenNodeKinds].sort().join(','));
  if (f.dateFrom) params.set('from', f.dateFrom);
  if (f.dateTo) params.set('to', f.dateTo);
  if (f.hideIsolated) params.set('isolated', '0');
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.camera) {
    const c = state.camera;
    params.set('cam', [c.x, c.y, c.ratio, c.angle].map(round).join(','));
  }
  return params.toString();
}

function kinds(value: string | null, allowed: readonly string[]): Set<string> {
  if (!value) return new Set();
  return new Set(value.split(',').filter((k) => allowed.includes(k)));
}

export function decodeViewState(fragment: string): ViewState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const from = params.get('from');
  const to = params.get('to');
  const filters: FilterState = {
    hiddenEdgeKinds: kinds(params.get('hide'), EDGE_KINDS),
    hiddenNodeKinds: kinds(params.get('nodes'), NODE_KINDS),
    hideIsolated: params.get('isolated') === '0',
  };
  if (from && ISO_DATE.test(from)) filters.dateFrom = from;
  if (to && ISO_DATE.test(to)) filters.dateTo = to;
  const state: ViewState = { filters, sizeBy: params.get('size') === 'mentions' ? 'mentions' : 'degree' };
  const node = params.get('node');
  if (node) state.node = node;
  const cam = params.get('cam')?.split(',').map(Number);
  if (cam && cam.length >= 3 && cam.every(Number.isFinite) && cam[2] > 0) {
    state.camera = { x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] ?? 0 };
  }
  return state;
}
