import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  IMPORTANCE_TOP,
  championColumns,
  runChampion
} from "./chunk-ZECXN42Z.js";
import "./chunk-V7A46GUN.js";
import "./chunk-64VRGK3D.js";
import "./chunk-4AYLJ6CH.js";
import "./chunk-ZKG3CRNN.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-RFEL46WT.js";
export {
  IMPORTANCE_TOP,
  championColumns,
  runChampion
};
