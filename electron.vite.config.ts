import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';
import { operationNames } from './shared/api/contract';

/** The built page carries the strict Content-Security-Policy itself (file:// has no headers). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    // The import worker is a file of its own beside index.js: a worker thread starts from a file.
    build: {
      rollupOptions: {
        input: { index: 'electron/main/index.ts', 'import-worker': 'electron/services/imports/worker.ts' },
      },
    },
  },
  preload: {
    // A sandboxed preload can require only `electron`: one small CommonJS file, which gets the
    // contract's operation names at build time instead of the contract's schemas.
    define: { __API_OPERATIONS__: JSON.stringify(operationNames) },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicy()],
    build: { rollupOptions: { input: 'renderer/index.html' } },
  },
});
