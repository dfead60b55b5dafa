/// <reference types="astro/client" />

declare namespace App {
  /** Set by the Hono app for every page (server/app.ts): the server's one database handle. */
  interface Locals {
    db: import('../db/repositories').Database;
    /** PUAS_PUBLIC_URL when set (server/config.ts): the base of survey links on posters. */
    publicUrl?: string;
  }
}
