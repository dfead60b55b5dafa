// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Astro renders the pages; Hono (server/) sits in front and hands it every non-API request.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  // Astro ignores the Host header unless told which hosts to trust (stack-notes.md);
  // without this, same-origin form POSTs are rejected as cross-site.
  security: { allowedDomains: [{}], checkOrigin: true },
  vite: { esbuild: { target: 'es2022' } },
});
