import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-5OVPU2OW.js";
import "./chunk-ZECXN42Z.js";
import "./chunk-4AINQRXC.js";
import "./chunk-V7A46GUN.js";
import "./chunk-HWNXBS2B.js";
import "./chunk-64VRGK3D.js";
import "./chunk-KJOWS7BQ.js";
import "./chunk-C7YZTZQY.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-ZI2EKTJV.js";
import "./chunk-4AYLJ6CH.js";
import "./chunk-XFET4F4N.js";
import "./chunk-AYEYNKR5.js";
import "./chunk-RIXTTFIB.js";
import "./chunk-GAATZRR5.js";
import "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
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
