#!/usr/bin/env node
// lsys from dist/ without the bundle, for profiling: a CPU profile of bin/lsys.js attributes
// time to bundle chunks, one of this to the modules (see bench/profile.mjs).
import { run } from '../dist/bin.js';
await run();
