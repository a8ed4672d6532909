#!/usr/bin/env node
// Runs the TypeScript sources through tsx (ADR 0002): no build step between `npm install` and `npm start`.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2] === 'migrate' ? '../src/migrate-cli.ts' : '../src/main.ts');
