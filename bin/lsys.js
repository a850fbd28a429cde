#!/usr/bin/env node
import { run } from '../dist/bin.js';
await run();
