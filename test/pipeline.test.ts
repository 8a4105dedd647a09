import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_STAGES, runPipeline, type Stage } from '../src/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { defaultLexiconsOnce } from '../src/lexicons/load.js';
import { DemarcheError } from '../src/errors.js';
import { parse } from '../src/index.js';
import type { Doc } from '../src/doc.js';

const [segmentStage, mentionsStage, resolveStage, relationsStage] = DEFAULT_STAGES;

function errorOf(fn: () => unknown): DemarcheError {
  try { fn(); } catch (e) { return e as DemarcheError; }
  throw new Error('expected an error');
}

describe('createPipeline', () => {
  it('accepts the default stages in order', () => {
    expect(createPipeline(DEFAULT_STAGES)).toBe(DEFAULT_STAGES);
    expect(DEFAULT_STAGES.map((s) => s.name)).toEqual(['segment', 'mentions', 'resolve', 'relations']);
  });

  it('throws when a stage comes before the one that assigns what it requires', () => {
    const e = errorOf(() => createPipeline([mentionsStage, segmentStage]));
    expect(e).toBeInstanceOf(DemarcheError);
    expect(e.code).toBe('pipeline');
    expect(e.message).toMatch(/^demarche\/pipeline: stage "mentions" requires "tokens"/);
    expect(e.message).not.toContain('\n');
  });

  it('names the first missing requirement', () => {
    expect(errorOf(() => createPipeline([segmentStage, relationsStage])).message)
      .toMatch(/^demarche\/pipeline: stage "relations" requires "mentions"/);
    expect(errorOf(() => createPipeline([segmentStage, resolveStage, mentionsStage])).message)
      .toMatch(/^demarche\/pipeline: stage "resolve" requires "mentions"/);
  });

  it('accepts a prefix of the stages and custom stages whose needs are met', () => {
    expect(() => createPipeline([segmentStage])).not.toThrow();
    const custom: Stage = { name: 'count', requires: ['tokens'], assigns: [], run: (d) => d };
    expect(() => createPipeline([segmentStage, custom])).not.toThrow();
    expect(errorOf(() => createPipeline([custom])).message).toContain('stage "count" requires "tokens"');
  });
});

describe('runPipeline', () => {
  const lexicons = defaultLexiconsOnce();
  const doc = () => ingest('## T\n\nGermany urged Poland on Monday to resume talks.\n', { id: 'p1' });

  it('runs the default stages into a full Doc', () => {
    const out = runPipeline(doc(), lexicons);
    expect(out.tokens.length).toBeGreaterThan(0);
    expect(out.sentences).toHaveLength(1);
    expect(out.actors.map((a) => a.id).sort()).toEqual(['country:deu', 'country:pol']);
    expect(out.relations.some((r) => r.source === 'country:deu' && r.target === 'country:pol' && r.kind === 'appeal')).toBe(true);
    for (const r of out.relations) expect(r.evidence.doc).toBe('p1');
  });

  it('runs only the stages given', () => {
    const out = runPipeline(doc(), lexicons, [segmentStage]);
    expect(out.sentences).toHaveLength(1);
    expect(out.mentions).toEqual([]);
  });

  it('rejects a stage that returns nothing', () => {
    const broken: Stage = { name: 'broken', requires: [], assigns: [], run: () => undefined as unknown as Doc };
    const e = errorOf(() => runPipeline(doc(), lexicons, [segmentStage, broken]));
    expect(e).toBeInstanceOf(DemarcheError);
    expect(e.message).toMatch(/^demarche\/pipeline: stage "broken" returned no Doc/);
  });

  it('rejects a stage that returns something that is not a Doc', () => {
    const broken: Stage = { name: 'half', requires: [], assigns: [], run: (d) => ({ ...d, tokens: null }) as unknown as Doc };
    expect(errorOf(() => runPipeline(doc(), lexicons, [broken])).message).toMatch(/stage "half" returned no Doc/);
  });

  it('passes each stage the Doc the previous one returned', () => {
    const seen: number[] = [];
    const spy: Stage = { name: 'spy', requires: ['tokens'], assigns: [], run: (d) => { seen.push(d.tokens.length); return d; } };
    runPipeline(doc(), lexicons, createPipeline([segmentStage, spy]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(5);
  });

  it('parse() gives the same Doc as ingest + runPipeline', () => {
    const text = '## T\n\nGermany urged Poland on Monday to resume talks.\n';
    const viaParse = parse(text, { id: 'p1' });
    const viaRun = runPipeline(ingest(text, { id: 'p1' }), lexicons);
    expect(viaParse.relations).toEqual(viaRun.relations);
    expect(viaParse.actors).toEqual(viaRun.actors);
  });
});
