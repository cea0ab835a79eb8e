import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validate,
  validateRepository
} from "./chunk-FRPD4JKJ.js";
import "./chunk-NAZNJBQK.js";
import "./chunk-5FO2HPVD.js";
import "./chunk-RKM6P2UR.js";
import "./chunk-ESBBKWV2.js";
import "./chunk-3LNNNPFA.js";
import "./chunk-UBB2VENB.js";
import "./chunk-REZ5PE6N.js";
import "./chunk-QLNZO2SX.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-W3QYHDUH.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-E4CGJMV3.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-DXKZSYDP.js";
import "./chunk-B6MCNSVW.js";
import "./chunk-5KIHTRY7.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";
export {
  validate,
  validateRepository
};
