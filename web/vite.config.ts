import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :4000 (pnpm start); `vite` proxies /graphql to it. The build
// ships no source maps (`pnpm --filter @netzwerkatlas/web build --sourcemap` makes them
// for a debugging session).
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/health': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
