/**
 * Drives the built viewer in Debian's headless Chromium through playwright-core.
 * The viewer is built once per run with vite's `build()` into dist/web.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { viewerConfig } from '../../vite.config.js';
import { serveViewer } from '../../src/cli/view.js';
import type { ViewerServer } from '../../src/cli/view.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(REPO, 'test-artifacts');
export const VIEWER_ROOT = join(REPO, 'dist', 'web');

export function fixtureText(name: string): string {
  return readFileSync(join(REPO, 'test', 'fixtures', 'graphs', name), 'utf8');
}

export function seedInputs(): Array<{ id: string; text: string; fileName: string }> {
  const dir = join(REPO, 'seeds');
  return readdirSync(dir).filter((f) => !f.startsWith('.')).sort()
    .map((f) => ({ id: f.replace(/\.[^.]+$/, ''), text: readFileSync(join(dir, f), 'utf8'), fileName: f }));
}

export async function buildViewer(): Promise<void> {
  await build(viewerConfig(VIEWER_ROOT));
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'demarche-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Viewer {
  page: Page;
  server: ViewerServer;
  /** console.error messages and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Serves `graphText` and opens the viewer on it (plus `fragment`), waiting until the first frame is drawn.
 * The layout is paused at that frame unless `layout` is true: tests then act on a still graph, and
 * two cores are not shared with a software-rendered layout animation.
 */
export async function openViewer(browser: Browser, graphText: string | undefined, fragment = '', graphName = 'graph.json', layout = false): Promise<Viewer> {
  const server = await serveViewer({ graphText, graphName, root: VIEWER_ROOT });
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${fragment}`);
  await waitReady(page, layout);
  return {
    page,
    server,
    errors,
    async close() {
      await page.close();
      await server.close();
    },
  };
}

export async function waitReady(page: Page, layout = true): Promise<void> {
  await page.waitForFunction((keepLayout) => {
    if (document.body.dataset.ready !== 'true' || window.__demarche?.ready !== true) return false;
    if (!keepLayout) window.__demarche.api?.pauseLayout();
    return true;
  }, layout, { timeout: 30000, polling: 100 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  return path;
}

/** Drops a file on the graph as a user's drag and drop does (a DataTransfer with one File). */
export async function dropFile(page: Page, name: string, text: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, text, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    return dt;
  }, { name, text, type });
  await page.dispatchEvent('#graph', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('#graph', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#graph', 'drop', { dataTransfer: transfer });
}
