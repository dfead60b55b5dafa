export * from './presets';
export * from './instrument-draft';
