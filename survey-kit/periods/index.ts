export * from './presets';
export * from './instrument-draft';
export * from '../devices/status';
