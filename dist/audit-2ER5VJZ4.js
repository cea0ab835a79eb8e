import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-RW7XFYD3.js";
import "./chunk-MQZ4JNQ2.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-L4IABGWG.js";
import "./chunk-QUPGNOZI.js";
import "./chunk-22TA6MHO.js";
import "./chunk-CE2ZH7XU.js";
import "./chunk-AS33UUS6.js";
import "./chunk-IJ2S4HZE.js";
import "./chunk-AQPLGBBZ.js";
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
import "./chunk-K2PE4NOY.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-WYJAPRZQ.js";
import "./chunk-XZW76LL6.js";
import "./chunk-ZCQZ4SQA.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-RFEL46WT.js";
export {
  audit
};
