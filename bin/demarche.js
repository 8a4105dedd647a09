#!/usr/bin/env -S node --max-semi-space-size=64 --min-semi-space-size=64
// A larger young generation: a corpus build allocates a lot that dies young, and the graph it keeps
// makes every scavenge copy more; 64 MB semi-spaces make building about 10 % faster (npm run bench).
// Given from the start (min), not grown to: the first megabytes, while the JIT warms up, are scavenged
// less often too (about 5 % on a 20 MB first pass, in 5 of 6 alternating runs).
// Entry point of the `demarche` command: the compiled CLI in dist/ (built by `npm install` through `prepare`).
import { runCli } from '../dist/src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
