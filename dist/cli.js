#!/usr/bin/env node
import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  prestartValidationWorkers
} from "./chunk-CG3NNE6D.js";
import "./chunk-AS33UUS6.js";
import "./chunk-67KGYI64.js";
import "./chunk-WZ2YAYYJ.js";
import "./chunk-RFEL46WT.js";

// src/bin.ts
prestartValidationWorkers(process.argv.slice(2));
var { runCli } = await import("./cli-6O4DWRZN.js");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw error;
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
