/** The set-up API (issue 4 §2): mounted by server/app.ts. */
export { organisationRoutes, LOGO_REQUEST_LIMIT, LOGO_UPLOAD_PATH, LOGO_MAX_BYTES } from './organisation';
export { unitSetupRoutes } from './units';
