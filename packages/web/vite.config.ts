import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The browser app. In development `vite` proxies /api to the server on :3000; in production the
 * server serves `dist/` itself, so the app and the API share one origin (cookies, CSRF Origin check).
 *
 * It installs as a PWA: the app shell (JS, CSS, fonts, icons, index.html) is precached, every
 * navigation outside /api gets index.html, and the plan and profile are fetched network-first so
 * the current week still opens offline. Only those GETs are cached: nothing under /api/auth, no
 * writes (the log's offline queue, features/offline, replays those). A new build's worker takes
 * over at once (`autoUpdate`). `build.manifest` lets scripts/report-bundle.mjs weigh the first screen.
 */
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      registerType: 'autoUpdate',
      // A tiny registerSW.js beside index.html: no service-worker code in the app's bundle.
      injectRegister: 'script-defer',
      manifest: {
        id: '/',
        name: 'RunStrong',
        short_name: 'RunStrong',
        description: 'A strength coach for runners: your plan, your sessions, your progress.',
        lang: 'en',
        start_url: '/today',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f766e',
        background_color: '#fafaf9',
        categories: ['health', 'fitness', 'sports'],
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // GET /api/plan, /api/plan/today and /api/profile, this origin only. The function is
            // copied into sw.js as text, so it may use nothing from this file.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === 'GET' &&
              ['/api/plan', '/api/plan/today', '/api/profile'].includes(url.pathname),
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              // features/settings/offline-cache.ts empties it on sign-out and account deletion.
              cacheName: 'runstrong-api',
              networkTimeoutSeconds: 5,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 30, maxAgeSeconds: 14 * 24 * 60 * 60 },
            },
          },
        ],
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
