#!/usr/bin/env node
// A local worker of `tandem eval --workers N`, started by the run itself over an IPC channel: not a command.
import { runLocalWorker } from '../dist/api/local-worker.js';

const [root, configFile] = process.argv.slice(2);
await runLocalWorker({ root, ...(configFile ? { configFile } : {}) });
