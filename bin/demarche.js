#!/usr/bin/env node
// Entry point of the `demarche` command: the compiled CLI in dist/ (built by `npm install` through `prepare`).
import { runCli } from '../dist/src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
