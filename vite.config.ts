import { defineConfig } from 'vite';

// Cross-origin isolation (COOP/COEP) lets the worker use SharedArrayBuffer and precise timers;
// workers are ES modules so they can import the model like the main thread does.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
