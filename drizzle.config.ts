import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` turns changes of the schema into a new numbered migration; the
// application applies them at start-up (db/open.ts), never drizzle-kit itself.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/sqlite.ts',
  out: './db/migrations/sqlite',
  dbCredentials: { url: process.env.DATABASE_URL?.replace(/^(sqlite|file):/, '') ?? './data/puas.db' },
});
