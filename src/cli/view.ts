/**
 * `demarche view <graph.json|graph.gexf>`: serves the viewer (dist/web) on
 * 127.0.0.1 with that graph loaded, and prints the URL. `serveViewer` is the
 * reusable part (npm start, the browser tests and the bench use it): a small
 * static server that answers only on the loopback interface, refuses path
 * traversal and foreign Host headers, and serves the graph at /graph.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGraph } from '../graph/load.js';
import { CliError } from './command.js';
import type { CliIO, Command } from './command.js';

export interface ServeViewerOptions {
  /** The graph file's text (JSON or GEXF). */
  graphText?: string;
  /** Or its path. */
  graphPath?: string;
  /** Name shown in the page; defaults to the file name. */
  graphName?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Only the loopback interface is allowed. */
  host?: '127.0.0.1';
  /** Built viewer directory; defaults to dist/web next to this package. */
  root?: string;
}

export interface ViewerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

// The page never needs more than its own origin; workers come from blob: URLs (ForceAtlas2).
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** dist/web, whether this file runs from src/cli (tests, tsx) or from dist/src/cli (the built package). */
export function defaultViewerRoot(): string {
  const candidates = [
    fileURLToPath(new URL('../../dist/web', import.meta.url)),
    fileURLToPath(new URL('../../web', import.meta.url)),
  ];
  for (const candidate of candidates) {
    if (basename(dirname(candidate)) === 'dist' && existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return candidates[0];
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The file under `root` a URL path names, or undefined when it would escape root. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, relative);
  if (full !== base && !full.startsWith(base + sep)) return undefined;
  return full;
}

export async function serveViewer(options: ServeViewerOptions): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new CliError(`demarche/cli/view: the viewer only listens on 127.0.0.1, not ${String(host)}.`);
  const root = options.root ?? defaultViewerRoot();
  if (!existsSync(join(root, 'index.html'))) {
    throw new CliError(`demarche/cli/view: the viewer is not built (no ${join(root, 'index.html')}). Run \`npm run build:web\` first.`);
  }
  let graphText = options.graphText;
  if (graphText === undefined && options.graphPath) graphText = await readFile(options.graphPath, 'utf8');
  const graphName = options.graphName ?? (options.graphPath ? basename(options.graphPath) : 'graph');
  const graphType = graphText?.trimStart().startsWith('<') ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';

  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
    // A page on another site reaching this server through DNS rebinding sends its own Host.
    if (!req.headers.host || !allowedHosts().has(req.headers.host.toLowerCase())) return send(res, 403, 'Forbidden host');
    const path = (req.url ?? '/').split(/[?#]/)[0];
    if (path === '/graph' || path === '/graph.json' || path === '/graph.gexf') {
      if (graphText === undefined) return send(res, 404, 'No graph');
      return send(res, 200, graphText, graphType, { 'X-Demarche-Source': encodeURIComponent(graphName) });
    }
    const file = resolveStaticPath(root, path);
    if (!file) return send(res, 403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, 'Not found');
      const body = await readFile(file);
      return send(res, 200, body, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      return send(res, 404, 'Not found');
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => { if (!res.headersSent) send(res, 500, 'Internal error'); else res.end(); });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => { server.off('error', fail); ok(); });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

const USAGE = `Usage: demarche view <graph.json|graph.gexf> [--port N]

Serves the viewer on http://127.0.0.1 with the graph loaded and prints the URL.
Stop it with Ctrl-C.

Options:
  --port N   port to listen on (default 5178, or a free one if it is taken; 0 picks a free one)`;

export const DEFAULT_VIEW_PORT = 5178;

/** Serves on `port`, or on a free port when it is taken. */
export async function serveViewerOnPreferredPort(options: ServeViewerOptions & { port: number }): Promise<ViewerServer> {
  try {
    return await serveViewer(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && options.port !== 0) return serveViewer({ ...options, port: 0 });
    throw error;
  }
}

export const command: Command = {
  name: 'view',
  summary: 'Serve the graph viewer on 127.0.0.1 with a graph loaded.',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let file: string | undefined;
    let port = DEFAULT_VIEW_PORT;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--help' || arg === '-h') {
        io.stdout(`${USAGE}\n`);
        return 0;
      } else if (arg === '--port') {
        const value = Number(args[++i]);
        if (!Number.isInteger(value) || value < 0 || value > 65535) throw new CliError(`demarche view: --port needs a port number (0-65535), not "${args[i] ?? ''}".`);
        port = value;
      } else if (arg.startsWith('--port=')) {
        const value = Number(arg.slice('--port='.length));
        if (!Number.isInteger(value) || value < 0 || value > 65535) throw new CliError(`demarche view: --port needs a port number (0-65535), not "${arg}".`);
        port = value;
      } else if (arg.startsWith('-')) {
        throw new CliError(`demarche view: unknown option ${arg}.\n${USAGE}`);
      } else if (file === undefined) {
        file = arg;
      } else {
        throw new CliError(`demarche view: one graph file at a time.\n${USAGE}`);
      }
    }
    if (!file) throw new CliError(`demarche view: which graph? Expecting a .json or .gexf file.\n${USAGE}`);
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`demarche view: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, 1);
    }
    // Fail here, with the loader's message, rather than in the page.
    try {
      parseGraph(text);
    } catch (error) {
      throw new CliError(`demarche view: ${file}: ${(error as Error).message}`, 1);
    }
    const server = await serveViewerOnPreferredPort({ graphText: text, graphName: basename(path), port });
    io.stdout(`demarche viewer: ${server.url}\n(serving ${file}; Ctrl-C to stop)\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
