import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The browser app. In development `vite` proxies /api to the server on :3000; in production the
 * server serves `dist/` itself, so the app and the API share one origin (cookies, CSRF Origin check).
 */
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
