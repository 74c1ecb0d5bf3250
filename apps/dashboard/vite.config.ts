import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built dashboard on its own port, so the app always calls /graphql on its
// own origin; in `vite dev` the proxy gives the same single-origin picture.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: { '/graphql': process.env.DASHBOARD_API_ORIGIN ?? 'http://localhost:4000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
