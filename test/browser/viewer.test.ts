/**
 * The viewer in real headless Chromium: seed graph, search, panel, filters,
 * hostile text, drag and drop, URL state, keyboard, export. Screenshots go
 * to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseGraph } from '../../src/graph/load.js';
import { writeJson } from '../../src/export/json.js';
import {
  HAS_CHROMIUM, REPO, buildViewer, dropFile, fixtureText, launch, openViewer, screenshot, seedInputs, waitReady,
} from './harness.js';
import type { Browser, Viewer } from './harness.js';

// Headless Chromium draws WebGL in software: under load a frame can take seconds.
const POLL = { timeout: 20_000, interval: 100 };

if (!HAS_CHROMIUM) {
  console.warn('Skipping browser tests: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run installs it).');
}

async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.fill('#search', query);
  await page.waitForSelector('#search-results [role="option"]');
  await page.press('#search', 'Enter');
}

async function nonBlank(page: Page): Promise<{ nonWhite: number; colours: number; width: number; height: number }> {
  return page.evaluate(() => window.__demarche!.api!.pixels());
}

describe.skipIf(!HAS_CHROMIUM)('viewer in headless Chromium', () => {
  let browser: Browser;
  const open: Viewer[] = [];

  async function view(graphText: string | undefined, fragment = '', name = 'graph.json', layout = false): Promise<Viewer> {
    const v = await openViewer(browser, graphText, fragment, name, layout);
    open.push(v);
    return v;
  }

  beforeAll(async () => {
    await buildViewer();
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    for (const v of open) await v.close().catch(() => undefined);
    await browser?.close();
  });

  describe('seed graph (built from seeds/ by buildGraph)', () => {
    const parserReady = existsSync(join(REPO, 'src', 'index.ts'));
    let seedJson = '';

    beforeAll(async () => {
      if (!parserReady) return;
      const { buildGraph } = await import('../../src/index.js');
      seedJson = writeJson(buildGraph(seedInputs()));
    }, 60_000);

    it.skipIf(!parserReady)('loads with no console errors and a non-blank canvas', async () => {
      const { page, errors } = await view(seedJson, '', 'seeds.json', true);
      const order = await page.evaluate(() => window.__demarche!.order);
      expect(order).toBe(parseGraph(seedJson).order);
      const pixels = await nonBlank(page);
      expect(pixels.nonWhite).toBeGreaterThan(500);
      expect(pixels.colours).toBeGreaterThan(5);
      await page.waitForTimeout(1500);
      await screenshot(page, 'viewer-seed.png');
      expect(errors).toEqual([]);
    }, 60_000);

    it.skipIf(!parserReady)('pasting an article builds its graph in the page with the same parser', async () => {
      const { page, errors } = await view(fixtureText('small.json'), '', 'small.json');
      await page.click('#paste-open');
      await page.fill('#paste-text', seedInputs()[0].text);
      await page.click('#paste-build');
      await expect.poll(() => page.evaluate(() => window.__demarche!.source), { timeout: 30000 }).toBe('pasted article');
      await waitReady(page, false);
      expect(await page.evaluate(() => window.__demarche!.order)).toBe(parseGraph(seedJson).order);
      await searchAndChoose(page, 'Putin');
      expect(await page.locator('#panel .group[data-kind="accuse"][data-counterpart="institution:nato"]').count()).toBe(1);
      expect(errors).toEqual([]);
    }, 60_000);

    it.skipIf(!parserReady)('search "Putin" selects him; the panel lists his accusation of the U.S. and NATO with its sentence', async () => {
      const { page, errors } = await view(seedJson, '', 'seeds.json');
      await searchAndChoose(page, 'Putin');
      expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('person:vladimir-putin');
      await expect.poll(() => page.locator('#panel').isVisible(), POLL).toBe(true);
      expect(await page.textContent('#panel-title')).toMatch(/Putin/);
      for (const target of ['country:usa', 'institution:nato']) {
        const group = page.locator(`#panel .acts .group[data-kind="accuse"][data-counterpart="${target}"]`);
        await expect.poll(() => group.count(), POLL).toBe(1);
        expect(await group.textContent()).toMatch(/accused U\.S\. and NATO of turning down his demands/);
      }
      await screenshot(page, 'viewer-seed-putin.png');
      expect(errors).toEqual([]);
    }, 60_000);
  });

  describe('fixture graph', () => {
    const small = fixtureText('small.json');

    it('draws nodes, edges and the legend with no console errors', async () => {
      const { page, errors } = await view(small, '', 'small.json');
      const pixels = await nonBlank(page);
      expect(pixels.nonWhite).toBeGreaterThan(500);
      expect(await page.locator('#legend-nodes input[type="checkbox"]').count()).toBe(3);
      expect(await page.locator('#legend-edges [data-kind="accuse"]').count()).toBe(1);
      expect(await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).toEqual({
        accuse: 3, demand: 2, statement: 4, reject: 2, threaten: 1, member_of: 2, part_of: 1,
      });
      expect(errors).toEqual([]);
    }, 60_000);

    it('finds Russia by its alias "Moscow" and centres on it', async () => {
      const { page } = await view(small);
      await page.fill('#search', 'Moscow');
      const option = page.locator('#search-results [role="option"]').first();
      await expect.poll(() => option.textContent(), POLL).toMatch(/Russia.*Moscow/);
      await option.dispatchEvent('mousedown');
      expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('country:rus');
      expect(await page.textContent('#panel-title')).toBe('Russia');
    }, 60_000);

    it('toggling off `statement` removes those edges and only those, and the URL says so', async () => {
      const { page } = await view(small);
      const before = await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind());
      expect(before.statement).toBe(4);
      await page.locator('#legend-edges input[data-kind="statement"]').uncheck();
      const after = await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind());
      expect(after.statement ?? 0).toBe(0);
      expect({ ...after, statement: before.statement }).toEqual(before);
      await expect.poll(() => page.evaluate(() => location.hash), POLL).toContain('hide=statement');
      await page.locator('#legend-edges input[data-kind="statement"]').check();
      expect((await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).statement).toBe(4);
    }, 60_000);

    it('hides a node kind, isolated nodes and out-of-range dates', async () => {
      const { page } = await view(small);
      await page.locator('#legend-nodes input[data-kind="person"]').uncheck();
      const noPeople = await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind());
      expect(noPeople.accuse).toBe(1); // only the State Department's
      await page.locator('#legend-nodes input[data-kind="person"]').check();
      expect(await page.isVisible('#dates')).toBe(true);
      await page.fill('#date-from', '2022-02-01');
      await page.dispatchEvent('#date-from', 'change');
      const late = await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind());
      expect(late.reject ?? 0).toBe(0); // both rejections are dated 2022-01-26
      expect(late.accuse).toBe(3);
      expect(await page.evaluate(() => location.hash)).toContain('from=2022-02-01');
    }, 60_000);

    it('restores the selection and filters from the URL, also after a reload', async () => {
      const { page } = await view(small, '#node=person%3Avladimir-putin&hide=statement');
      const check = async () => {
        expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('person:vladimir-putin');
        expect(await page.isVisible('#panel')).toBe(true);
        expect(await page.textContent('#panel-title')).toBe('Vladimir Putin');
        expect(await page.isChecked('#legend-edges input[data-kind="statement"]')).toBe(false);
        expect((await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).statement ?? 0).toBe(0);
      };
      await check();
      // Select another node, then reload: the URL written by the page brings it back.
      await searchAndChoose(page, 'Peskov');
      await expect.poll(() => page.evaluate(() => location.hash), POLL).toContain('node=person%3Admitry-peskov');
      await page.reload();
      await waitReady(page, false);
      expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('person:dmitry-peskov');
      expect(await page.textContent('#panel-title')).toBe('Dmitry Peskov');
      expect(await page.isChecked('#legend-edges input[data-kind="statement"]')).toBe(false);
    }, 60_000);

    it('a dropped GEXF file replaces the graph; a broken file leaves it and says why', async () => {
      const { page, errors } = await view(small, '', 'small.json');
      await dropFile(page, 'broken.json', '{"nodes": [ {"key": ', 'application/json');
      await expect.poll(() => page.isVisible('#error'), POLL).toBe(true);
      expect(await page.textContent('#error')).toMatch(/Could not open broken\.json: .*malformed JSON graph.*current graph is unchanged/);
      expect(await page.evaluate(() => window.__demarche!.order)).toBe(10);
      await dropFile(page, 'other.gexf', fixtureText('other.gexf'), 'application/xml');
      await expect.poll(() => page.evaluate(() => window.__demarche!.source), POLL).toBe('other.gexf');
      await waitReady(page, false);
      expect(await page.evaluate(() => window.__demarche!.order)).toBe(4);
      expect(await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).toEqual({ consult: 2, member_of: 2 });
      expect(await page.isVisible('#error')).toBe(false);
      await searchAndChoose(page, 'Scholz');
      expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('person:olaf-scholz');
      expect(await page.textContent('#panel')).toContain('Macron spoke with Scholz by phone on Monday.');
      await screenshot(page, 'viewer-dropped-gexf.png');
      expect(errors).toEqual([]);
    }, 60_000);

    it('search box and panel work from the keyboard', async () => {
      const { page } = await view(small);
      await page.locator('body').press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      await page.keyboard.type('nato');
      await page.waitForSelector('#search-results [role="option"]');
      expect(await page.getAttribute('#search', 'aria-expanded')).toBe('true');
      expect(await page.getAttribute('#search', 'aria-activedescendant')).toBe('search-option-0');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
      expect(await page.textContent('#panel-title')).toBe('NATO');
      // Tab reaches the counterpart buttons in the panel; Enter follows one.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.node ?? document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBeTruthy();
      await page.locator('#panel button[data-node="country:rus"]').first().focus();
      await page.keyboard.press('Enter');
      expect(await page.textContent('#panel-title')).toBe('Russia');
      await page.locator('#panel .close').focus();
      await page.keyboard.press('Enter');
      expect(await page.isVisible('#panel')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      // Every button, input and select has an accessible name.
      const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')]
        .filter((e) => !(e as HTMLElement).hidden && e.getAttribute('type') !== 'hidden')
        .filter((e) => {
          const label = e.getAttribute('aria-label') || e.textContent?.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`)) || e.closest('label');
          return !label;
        }).map((e) => e.outerHTML));
      expect(unnamed).toEqual([]);
    }, 60_000);

    it('runs the layout on load; pauses, resumes and resets it', async () => {
      const { page } = await view(small, '', 'small.json', true);
      const toggle = page.locator('#layout-toggle');
      // The layout runs on load and pauses itself after a few seconds.
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.layoutRunning()), { timeout: 20000 }).toBe(false);
      expect(await toggle.textContent()).toBe('Resume layout');
      await toggle.click();
      expect(await page.evaluate(() => window.__demarche!.api!.layoutRunning())).toBe(true);
      await toggle.click();
      expect(await page.evaluate(() => window.__demarche!.api!.layoutRunning())).toBe(false);
      expect(await toggle.textContent()).toBe('Resume layout');
      const p1 = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:rus'));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__demarche!.api!.nodePosition('country:rus'))).toEqual(p1);
      await page.click('#layout-reset');
      expect(await page.evaluate(() => window.__demarche!.api!.layoutRunning())).toBe(true);
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.nodePosition('country:rus')), POLL).not.toEqual(p1);
    }, 60_000);

    it('hovering a node highlights its neighbourhood; hovering an edge shows its kind and sentence', async () => {
      const { page } = await view(small);
      const at = (node: string) => page.evaluate((n) => window.__demarche!.api!.nodeViewport(n)!, node);
      let price = await at('person:ned-price');
      // Re-aim at the node on every try: a frame drawn before the move, or a node still settling, must not fail the test.
      let nudge = 0;
      await expect.poll(async () => {
        price = await at('person:ned-price');
        await page.mouse.move(price.x + (nudge++ % 2), price.y);
        return page.evaluate(() => window.__demarche!.api!.highlighted());
      }, POLL).toEqual(['institution:us-state-department', 'person:ned-price', 'person:vladimir-putin']);
      await page.mouse.move(5, 5);
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.highlighted()), POLL).toEqual([]);
      // The one edge from Ned Price to Putin: hover its middle.
      await expect.poll(async () => {
        const [from, to] = [await at('person:ned-price'), await at('person:vladimir-putin')];
        await page.mouse.move((from.x + to.x) / 2 + (nudge++ % 2), (from.y + to.y) / 2);
        return page.isVisible('#tooltip');
      }, POLL).toBe(true);
      const tip = await page.textContent('#tooltip');
      expect(tip).toContain('statement');
      expect(tip).toContain('Ned Price → Vladimir Putin');
      expect(tip).toContain('His reaction, his response is the response that matters most to us');
    }, 60_000);

    it('a dragged node stays where it is dropped while the layout goes on', async () => {
      const { page } = await view(small);
      const from = await page.evaluate(() => window.__demarche!.api!.nodeViewport('country:fra')!);
      const before = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:fra')!);
      await page.mouse.move(from.x, from.y);
      // sigma resolves what is under the pointer from the next frame: wait for the hover before pressing,
      // nudging the pointer so a frame drawn before the move arrived does not leave it unseen.
      // The layout may still move the node: follow it.
      let nudge = 0;
      await expect.poll(async () => {
        const at = await page.evaluate(() => window.__demarche!.api!.nodeViewport('country:fra')!);
        from.x = at.x;
        from.y = at.y;
        await page.mouse.move(at.x + (nudge++ % 2), at.y);
        return page.evaluate(() => window.__demarche!.api!.highlighted());
      }, POLL).toEqual(['country:fra']);
      await page.mouse.down();
      await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
      await page.mouse.move(from.x + 120, from.y + 80, { steps: 6 });
      await page.mouse.up();
      const dropped = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:fra')!);
      expect(dropped).not.toEqual(before);
      expect(await page.evaluate(() => window.__demarche!.api!.isPinned('country:fra'))).toBe(true);
      await page.click('#layout-toggle');
      const other = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:rus')!);
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.nodePosition('country:rus')), POLL).not.toEqual(other);
      expect(await page.evaluate(() => window.__demarche!.api!.nodePosition('country:fra'))).toEqual(dropped);
    }, 60_000);

    it('exports the visible graph as GEXF', async () => {
      const { page } = await view(small, '#hide=statement');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
      expect(download.suggestedFilename()).toBe('demarche.gexf');
      const text = readFileSync((await download.path())!, 'utf8');
      const graph = parseGraph(text, 'gexf');
      expect(graph.order).toBe(10);
      expect(graph.size).toBe(11);
      expect(graph.filterEdges((_e, a) => a.kind === 'statement')).toEqual([]);
      expect(text).toContain('<viz:position');
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      expect(png.suggestedFilename()).toBe('demarche.png');
      expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    }, 60_000);
  });

  describe('large graph (above the isLarge threshold: nodes by sigma, edges by the line layer)', () => {
    /**
     * 6,000 filler actors on a grid on the left with 21,000 edges among them, and two actors far to the
     * right, alone on their side: Alpha, who accused Beta three times (three parallel edges, three
     * sentences) and demanded once, and Beta, who rejected once. Positions are given, so the layout is
     * not needed and the pair is never covered by other nodes.
     */
    function largeGraph(): string {
      const nodes: unknown[] = [];
      const edges: unknown[] = [];
      const n = 6000;
      for (let i = 0; i < n; i++) {
        nodes.push({ key: `person:f${i}`, attributes: { label: `Filler ${i}`, kind: 'person', aliases: [], titles: [], mentions: 1, docs: ['d1'], x: i % 80, y: Math.floor(i / 80) } });
      }
      for (let i = 0; i < 21000; i++) {
        edges.push({ key: `f${i}`, source: `person:f${i % n}`, target: `person:f${(i * 7 + 1) % n}`, attributes: { kind: 'statement', evidence: `Filler sentence ${i}.`, doc: 'd1', sentence: 0, start: 0, end: 1 } });
      }
      nodes.push({ key: 'country:alpha', attributes: { label: 'Alpha', kind: 'country', aliases: ['Alphaland'], titles: [], mentions: 5, docs: ['d1'], x: 400, y: 20 } });
      nodes.push({ key: 'country:beta', attributes: { label: 'Beta', kind: 'country', aliases: [], titles: [], mentions: 5, docs: ['d1'], x: 400, y: 60 } });
      const act = (key: string, source: string, target: string, kind: string, evidence: string) =>
        edges.push({ key, source: `country:${source}`, target: `country:${target}`, attributes: { kind, evidence, doc: 'd1', sentence: 1, start: 0, end: 1, date: '2022-01-10' } });
      act('a1', 'alpha', 'beta', 'accuse', 'Alpha accused Beta of massing troops.');
      act('a2', 'alpha', 'beta', 'accuse', 'Alpha accused Beta of lying about the drills.');
      act('a3', 'alpha', 'beta', 'accuse', 'Alpha again accused Beta, citing satellite images.');
      act('a4', 'alpha', 'beta', 'demand', 'Alpha demanded that Beta withdraw.');
      act('b1', 'beta', 'alpha', 'reject', 'Beta rejected the demand.');
      return JSON.stringify({
        attributes: { name: 'large', documents: [{ id: 'd1', title: 'Generated', url: 'https://example.org/d1', hash: '0'.repeat(64) }] },
        options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges,
      });
    }
    let text = '';
    beforeAll(() => { text = largeGraph(); });

    it('draws every edge as a line, and hovering, clicking, searching and filtering still work', async () => {
      const { page, errors } = await view(text, '', 'large.json');
      expect(await page.evaluate(() => window.__demarche!.api!.edgeLayer())).toBe(true);
      expect(await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).toEqual({ statement: 21000, accuse: 3, demand: 1, reject: 1 });
      // Nodes are drawn as one triangle list, not as instances.
      expect(await page.evaluate(() => window.__demarche!.api!.expandedDraws())).toBeGreaterThan(0);
      // Every edge reaches the screen: the accusation line between Alpha and Beta has the accusation colour.
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.edgesCompleteAt()), POLL).toBeGreaterThan(0);
      const at = (node: string) => page.evaluate((k) => window.__demarche!.api!.nodeViewport(k)!, node);
      const [alpha, beta] = [await at('country:alpha'), await at('country:beta')];
      const around = await page.evaluate(({ x, y }) => window.__demarche!.api!.pixelsNear(x, y, 3), { x: (alpha.x + beta.x) / 2, y: (alpha.y + beta.y) / 2 });
      // The three kinds between them (accuse, demand, reject) are warm colours: not the white stage, not grey statements.
      const saturation = Math.max(...around.map(([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b)));
      expect(saturation).toBeGreaterThan(60);
      await screenshot(page, 'viewer-large.png');

      // Hover Alpha: its neighbourhood is highlighted.
      let nudge = 0;
      await expect.poll(async () => {
        const p = await at('country:alpha');
        await page.mouse.move(p.x + (nudge++ % 2), p.y);
        return page.evaluate(() => window.__demarche!.api!.highlighted());
      }, POLL).toEqual(['country:alpha', 'country:beta']);
      await screenshot(page, 'viewer-large-hover.png');
      await page.mouse.move(5, 5);
      await expect.poll(() => page.evaluate(() => window.__demarche!.api!.highlighted()), POLL).toEqual([]);

      // Pan from an empty spot and zoom out (frames drawn while the camera moves leave picking and labels out):
      // once the camera stops, Alpha can be hovered again, where it now is.
      const corner = await at('person:f79');
      const start = { x: (corner.x + alpha.x) / 2, y: (alpha.y + beta.y) / 2 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 80, start.y + 30, { steps: 5 });
      await page.mouse.up();
      await page.mouse.wheel(0, 200);
      await expect.poll(async () => (await at('country:alpha')).x, POLL).not.toBe(alpha.x);
      await expect.poll(async () => {
        const p = await at('country:alpha');
        await page.mouse.move(p.x + (nudge++ % 2), p.y);
        return page.evaluate(() => window.__demarche!.api!.highlighted());
      }, POLL).toEqual(['country:alpha', 'country:beta']);
      await page.mouse.move(5, 5);

      // Click Alpha: the panel lists every act toward Beta, the three parallel accusations included, with their sentences.
      await expect.poll(async () => {
        const p = await at('country:alpha');
        await page.mouse.click(p.x + (nudge++ % 2), p.y);
        return page.evaluate(() => window.__demarche!.api!.selected());
      }, POLL).toBe('country:alpha');
      const accusations = page.locator('#panel .group[data-kind="accuse"][data-counterpart="country:beta"] .evidence');
      expect(await accusations.allTextContents()).toEqual([
        'Alpha accused Beta of massing troops.',
        'Alpha accused Beta of lying about the drills.',
        'Alpha again accused Beta, citing satellite images.',
      ]);
      expect(await page.textContent('#panel')).toContain('Alpha demanded that Beta withdraw.');
      expect(await page.textContent('#panel')).toContain('Beta rejected the demand.');

      // Search by alias, then filter a kind out and back.
      await searchAndChoose(page, 'Alphaland');
      expect(await page.evaluate(() => window.__demarche!.api!.selected())).toBe('country:alpha');
      await page.locator('#legend-edges input[data-kind="accuse"]').uncheck();
      expect((await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).accuse ?? 0).toBe(0);
      await page.locator('#legend-edges input[data-kind="accuse"]').check();
      expect((await page.evaluate(() => window.__demarche!.api!.visibleEdgesByKind())).accuse).toBe(3);
      expect(errors).toEqual([]);
    }, 120_000);

    it('a node dragged on a large graph stays where it is dropped, in the exported positions too', async () => {
      const { page } = await view(text, '', 'large.json');
      const before = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:beta')!);
      let nudge = 0;
      let from = { x: 0, y: 0 };
      await expect.poll(async () => {
        from = await page.evaluate(() => window.__demarche!.api!.nodeViewport('country:beta')!);
        await page.mouse.move(from.x + (nudge++ % 2), from.y);
        return page.evaluate(() => window.__demarche!.api!.highlighted());
      }, POLL).toEqual(['country:alpha', 'country:beta']);
      await page.mouse.down();
      await page.mouse.move(from.x - 40, from.y + 30, { steps: 6 });
      await page.mouse.up();
      const dropped = await page.evaluate(() => window.__demarche!.api!.nodePosition('country:beta')!);
      expect(dropped).not.toEqual(before);
      expect(await page.evaluate(() => window.__demarche!.api!.isPinned('country:beta'))).toBe(true);
      const gexf = await page.evaluate(() => window.__demarche!.api!.gexf());
      const position = /<node id="country:beta"[\s\S]*?<viz:position x="([-\d.e]+)" y="([-\d.e]+)"/.exec(gexf);
      expect(position && [Number(position[1]), Number(position[2])]).toEqual([Math.round(dropped.x * 100) / 100, Math.round(dropped.y * 100) / 100]);
    }, 120_000);
  });

  it('shows hostile labels, quotes and titles literally and runs no script', async () => {
    const { page, errors } = await view(fixtureText('hostile.json'), '', 'hostile.json');
    await page.fill('#search', 'img');
    await page.waitForSelector('#search-results [role="option"]');
    expect(await page.textContent('#search-results')).toContain('<img src=x onerror="window.__pwned=1">');
    await page.press('#search', 'Enter');
    const panel = page.locator('#panel');
    await expect.poll(() => panel.isVisible(), POLL).toBe(true);
    const text = await panel.textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(text).toContain('<b onmouseover="window.__pwned=5">Minister</b>');
    // Nothing from the data became markup; links only for http(s).
    expect(await page.locator('#panel img, #panel script, #panel svg, #panel iframe, #panel b, #search-results img').count()).toBe(0);
    const hrefs = await page.$$eval('#panel a[href]', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/a?q=%3Cscript%3E']);
    // Follow the counterpart to the node whose key and label are script tags, hover everything.
    await page.locator('#panel button[data-node="institution:<script>"]').first().click();
    expect(await page.textContent('#panel-title')).toBe('<script>window.__pwned=2</script>');
    await page.mouse.move(400, 300);
    await page.mouse.move(700, 400);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, 'viewer-hostile.png');
    expect(errors).toEqual([]);
  }, 60_000);

  it('without a graph, says how to load one', async () => {
    const { page } = await view(undefined);
    expect(await page.textContent('#status')).toMatch(/drop a JSON or GEXF file/i);
  }, 60_000);
});
