import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-A23QEUWM.js";
import "./chunk-JEQH7JYE.js";
import "./chunk-4AINQRXC.js";
import "./chunk-V7A46GUN.js";
import "./chunk-7VEXLPF7.js";
import "./chunk-64VRGK3D.js";
import "./chunk-KJOWS7BQ.js";
import "./chunk-C7YZTZQY.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-LGKKRFZI.js";
import "./chunk-4AYLJ6CH.js";
import "./chunk-OKUZROGP.js";
import "./chunk-URTK3RTR.js";
import "./chunk-FT2QZN5I.js";
import "./chunk-SOIOS2MA.js";
import "./chunk-A2UBP4MB.js";
import "./chunk-VBX3GQTS.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-K4SQTB5S.js";
import "./chunk-4QXUKUJV.js";
import "./chunk-YWHLJQC2.js";
import "./chunk-LV4U444C.js";
import "./chunk-6HMGHRNK.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
