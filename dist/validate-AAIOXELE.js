import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validate,
  validateRepository
} from "./chunk-C5CYBFQU.js";
import "./chunk-4AYLJ6CH.js";
import "./chunk-R2ZEPG6P.js";
import "./chunk-34BE6ZXI.js";
import "./chunk-WKZYAT6C.js";
import "./chunk-U3B6VY7T.js";
import "./chunk-2VHIJO5Q.js";
import "./chunk-VBX3GQTS.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-K4SQTB5S.js";
import "./chunk-4QXUKUJV.js";
import "./chunk-YWHLJQC2.js";
import "./chunk-LV4U444C.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";
export {
  validate,
  validateRepository
};
