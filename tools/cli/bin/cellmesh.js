#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx cellmesh` needs no build step.
require('tsx/cjs');
require('../src/main.ts');
