/**
 * survey-kit: the pure domain core of Puas (no I/O). Everything public is re-exported here.
 */
export * from './types';
export * from './i18n/index';
export * from './time/index';
export * from './time/local-time';
export * from './rational/index';
export * from './instruments/index';
export * from './ikm/index';
export * from './sample/index';
export * from './calendar/index';
export * from './indicators/index';
export * from './profile/index';
export * from './periods/index';
export * from './devices/index';
