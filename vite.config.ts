/**
 * Builds the viewer (web/) into dist/web. The parser from src/ is bundled as
 * is: its dependencies (graphology, graphology-gexf with @xmldom, the
 * world-countries JSON) are plain browser-safe JavaScript.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { InlineConfig } from 'vite';

/** The viewer build, also used by the browser tests and the bench through vite's `build()`. */
export function viewerConfig(outDir = fileURLToPath(new URL('./dist/web', import.meta.url))): InlineConfig {
  return {
    configFile: false,
    root: fileURLToPath(new URL('./web', import.meta.url)),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      reportCompressedSize: false,
    },
    server: { host: '127.0.0.1' },
  };
}

// vitest reads this file too: its tests live outside web/, so it gets the plain defaults.
export default defineConfig(process.env.VITEST ? {} : viewerConfig());
