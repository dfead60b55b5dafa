// Entry of the background writer thread: a worker starts without the parent's module hooks, so
// TypeScript support (tsx) is registered here before the writer itself is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./writer-worker.ts');
