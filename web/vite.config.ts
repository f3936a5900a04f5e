import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :4000 (pnpm start); `vite` proxies /graphql (and the sign-in,
// /auth and the demo provider /idp) to it; sign in at :4000 itself (the redirect URI's origin). The build
// ships no source maps (`pnpm --filter @netzwerkatlas/web build --sourcemap` makes them
// for a debugging session).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/health': 'http://127.0.0.1:4000',
      '/auth': 'http://127.0.0.1:4000',
      '/idp': 'http://127.0.0.1:4000',
    },
  },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
