import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built page loads src/prefetch.ts as a chunk of its own before the app's: it starts the
 * landscape's request (the largest answer) while the browser still loads and compiles the app.
 * The app imports it too (first), so the development server runs it as well.
 */
function prefetchFirst(): Plugin {
  let base = '/';
  return {
    name: 'netzwerkatlas:prefetch-first',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'prefetch');
        if (!chunk) throw new Error('vite: the prefetch entry is missing from the bundle');
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `${base}${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// In development the API runs on :4000 (pnpm start); `vite` proxies /graphql (and the sign-in,
// /auth and the demo provider /idp) to it; sign in at :4000 itself (the redirect URI's origin). The build
// ships no source maps (`pnpm --filter @netzwerkatlas/web build --sourcemap` makes them
// for a debugging session).
export default defineConfig({
  plugins: [react(), prefetchFirst()],
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/health': 'http://127.0.0.1:4000',
      '/auth': 'http://127.0.0.1:4000',
      '/idp': 'http://127.0.0.1:4000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { index: 'index.html', prefetch: 'src/prefetch.ts' } },
  },
});
