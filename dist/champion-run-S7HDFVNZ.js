import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  IMPORTANCE_TOP,
  championColumns,
  runChampion
} from "./chunk-JEQH7JYE.js";
import "./chunk-V7A46GUN.js";
import "./chunk-64VRGK3D.js";
import "./chunk-4AYLJ6CH.js";
import "./chunk-VBX3GQTS.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-RFEL46WT.js";
export {
  IMPORTANCE_TOP,
  championColumns,
  runChampion
};
