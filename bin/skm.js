#!/usr/bin/env node
// The `skm` command: registers tsx so that the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
