// piscina worker file. Worker threads do not inherit Jest's swc transform, and tsx's loader may
// not reach them either, so this plain-JS file registers tsx's CommonJS hook itself and then
// loads the TypeScript entry. It works the same under Jest, under `tsx`, and under `node --import tsx`.
'use strict';
require('tsx/cjs');
const { runTaskInThread } = require('./thread-entry.ts');

module.exports = runTaskInThread;
