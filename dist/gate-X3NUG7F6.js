import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-YEXTRQUP.js";
import "./chunk-4MRY5TEK.js";
import "./chunk-L4IABGWG.js";
import "./chunk-XRWLP2U6.js";
import "./chunk-QUPGNOZI.js";
import "./chunk-J6WNFG2P.js";
import "./chunk-LHHBRXQT.js";
import "./chunk-22TA6MHO.js";
import "./chunk-CE2ZH7XU.js";
import "./chunk-F6TFN6HO.js";
import "./chunk-AS33UUS6.js";
import "./chunk-6WOLQS75.js";
import "./chunk-IJ2S4HZE.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-QTSFLDIV.js";
import "./chunk-PQZYOD6N.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-QU7YDUXK.js";
import "./chunk-GXQQZ3KY.js";
import "./chunk-L45MEVT4.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-I5IZM36Z.js";
import "./chunk-AYLI35RY.js";
import "./chunk-EFDLQPXL.js";
import "./chunk-UZKACYBF.js";
import "./chunk-OCGOFK7Z.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-IVCHXHDI.js";
import "./chunk-WYJAPRZQ.js";
import "./chunk-XZW76LL6.js";
import "./chunk-ZCQZ4SQA.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
