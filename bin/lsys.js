#!/usr/bin/env node
// The bundled CLI (npm run build: tsc, then scripts/bundle.mjs): one module to load at start.
import { run } from '../dist/bundle/bin.js';
await run();
