import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  GitError,
  checkoutProblem,
  fullHistoryAdvice,
  openGit
} from "./chunk-7OWB3DJH.js";
import "./chunk-RFEL46WT.js";
export {
  GitError,
  checkoutProblem,
  fullHistoryAdvice,
  openGit
};
