/// <reference types="astro/client" />

declare namespace App {
  /** Set by the Hono app for every page (server/app.ts): the server's one database handle. */
  interface Locals {
    db: import('../db/repositories').Database;
    /** The page's language: the person's choice (cookie puas_lang, set by /bahasa?ke=en), else 'id'. */
    lang: import('../survey-kit/types').Lang;
    /** PUAS_PUBLIC_URL when set (server/config.ts): the base of survey links on posters. */
    publicUrl?: string;
    /** The signed-in person, null when anonymous (server/auth/pages.ts decides page access before this). */
    user: import('../server/auth/types').AuthUser | null;
    /** The session's CSRF token: every form that changes something sends it as the hidden field `_csrf`. */
    csrfToken: string | null;
    /** A form the server refused (sign-in, password change): the message and what was typed. */
    form: import('../server/auth/types').PageForm | null;
  }
}
