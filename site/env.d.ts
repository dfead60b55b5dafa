/// <reference types="astro/client" />

declare namespace App {
  /** Set by the Hono app for every page (server/app.ts): the server's one database handle. */
  interface Locals {
    db: import('../db/repositories').Database;
  }
}
