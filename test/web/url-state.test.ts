import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState } from '../../web/url-state.js';
import type { ViewState } from '../../web/url-state.js';

describe('url state', () => {
  it('round-trips a full view', () => {
    const state: ViewState = {
      node: 'person:vladimir-putin',
      filters: {
        hiddenEdgeKinds: new Set(['statement', 'member_of']),
        hiddenNodeKinds: new Set(['institution']),
        dateFrom: '2022-01-27',
        dateTo: '2022-02-01',
        hideIsolated: true,
      },
      sizeBy: 'mentions',
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
    };
    const encoded = encodeViewState(state);
    expect(encoded).toContain('node=person%3Avladimir-putin');
    const decoded = decodeViewState(`#${encoded}`);
    expect(decoded.node).toBe(state.node);
    expect([...decoded.filters.hiddenEdgeKinds].sort()).toEqual(['member_of', 'statement']);
    expect([...decoded.filters.hiddenNodeKinds]).toEqual(['institution']);
    expect(decoded.filters).toMatchObject({ dateFrom: '2022-01-27', dateTo: '2022-02-01', hideIsolated: true });
    expect(decoded.sizeBy).toBe('mentions');
    expect(decoded.camera).toEqual(state.camera);
  });

  it('encodes the default view as an empty fragment', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    const decoded = decodeViewState('');
    expect(decoded.node).toBeUndefined();
    expect(decoded.filters.hiddenEdgeKinds.size).toBe(0);
    expect(decoded.camera).toBeUndefined();
  });

  it('ignores unknown kinds, malformed dates and cameras', () => {
    const decoded = decodeViewState('#hide=statement,<script>,type&nodes=alien&from=yesterday&to=2022-13&cam=1,NaN,2&size=huge');
    expect([...decoded.filters.hiddenEdgeKinds]).toEqual(['statement']);
    expect(decoded.filters.hiddenNodeKinds.size).toBe(0);
    expect(decoded.filters.dateFrom).toBeUndefined();
    expect(decoded.filters.dateTo).toBeUndefined();
    expect(decoded.camera).toBeUndefined();
    expect(decoded.sizeBy).toBe('degree');
    expect(decodeViewState('#cam=0.5,0.5,0').camera).toBeUndefined();
  });

  it('keeps node keys with reserved characters intact', () => {
    const node = 'institution:a&b=c#d';
    expect(decodeViewState(encodeViewState({ ...DEFAULT_VIEW_STATE, node })).node).toBe(node);
  });
});
