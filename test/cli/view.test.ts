import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command, resolveStaticPath, serveViewer } from '../../src/cli/view.js';
import type { ViewerServer } from '../../src/cli/view.js';
import { CliError } from '../../src/cli/command.js';
import type { CliIO } from '../../src/cli/command.js';

/** A raw GET, so the path reaches the server exactly as written (no client-side normalisation). */
function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('resolveStaticPath', () => {
  const root = '/srv/web';
  it('maps URL paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/web/index.html');
    expect(resolveStaticPath(root, '/assets/index.js')).toBe('/srv/web/assets/index.js');
  });
  it('refuses anything that leaves the root', () => {
    for (const path of ['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/..%2fsecret', '/%2e%2e%5csecret', '/a%00b', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, path), path).toBeUndefined();
    }
  });
});

describe('serveViewer', () => {
  let dir: string;
  let server: ViewerServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demarche-view-'));
    const root = join(dir, 'web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    server = await serveViewer({ graphText: '{"nodes":[]}', graphName: 'g é.json', root });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves the page, its assets and the graph', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await get(server.port, '/assets/app.js')).type).toMatch(/^text\/javascript/);
    const graph = await get(server.port, '/graph');
    expect(graph).toMatchObject({ status: 200, body: '{"nodes":[]}' });
    expect(graph.type).toMatch(/^application\/json/);
    expect(decodeURIComponent(String(graph.headers['x-demarche-source']))).toBe('g é.json');
  });

  it('refuses path traversal, foreign hosts and other methods', async () => {
    expect((await get(server.port, '/../secret.txt')).status).toBe(403);
    expect((await get(server.port, '/%2e%2e/secret.txt')).status).toBe(403);
    expect((await get(server.port, '/assets/../../secret.txt')).status).toBe(403);
    expect((await get(server.port, '/', 'evil.example:80')).status).toBe(403);
    expect((await get(server.port, '/missing.js')).status).toBe(404);
  });

  it('only binds the loopback interface', async () => {
    await expect(serveViewer({ host: '0.0.0.0' as '127.0.0.1', root: join(dir, 'web') })).rejects.toThrow(/only listens on 127\.0\.0\.1/);
  });

  it('says how to build the viewer when it is missing', async () => {
    await expect(serveViewer({ root: join(dir, 'nowhere') })).rejects.toThrow(/npm run build:web/);
  });
});

describe('demarche view', () => {
  const io = (cwd: string): CliIO & { out: string[] } => {
    const out: string[] = [];
    return { out, stdout: (t) => out.push(t), stderr: (t) => out.push(t), readStdin: async () => Buffer.alloc(0), isTTY: false, cwd };
  };

  it('needs a graph file', async () => {
    await expect(command.run([], io(process.cwd()))).rejects.toThrow(CliError);
    await expect(command.run(['--port', 'x', 'g.json'], io(process.cwd()))).rejects.toThrow(/--port needs a port number/);
  });

  it('rejects a broken graph with the loader message and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarche-view-'));
    writeFileSync(join(dir, 'broken.json'), '{"nodes": [');
    const error = await command.run(['broken.json'], io(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as Error).message).toMatch(/broken\.json: demarche\/graph\/load: malformed JSON graph/);
    const missing = await command.run(['absent.gexf'], io(dir)).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/cannot read absent\.gexf \(ENOENT\)/);
    rmSync(dir, { recursive: true, force: true });
  });
});
