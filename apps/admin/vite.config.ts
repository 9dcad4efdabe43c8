import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.WUYE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/healthz', '/readyz', '/notices'].map((path) => [path, api])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            // The libraries load once, in a few large files, rather than as the dozens of small
            // shared chunks a lazy screen would otherwise wait for (a browser fetches six at a time).
            { name: 'vendor', test: /node_modules/, priority: 10 },
          ],
        },
      },
    },
  },
});
