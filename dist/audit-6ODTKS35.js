import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-HFRYWQYM.js";
import "./chunk-KG3WLQLR.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-YAPCGQTZ.js";
import "./chunk-JTPRBGOG.js";
import "./chunk-K2PE4NOY.js";
import "./chunk-6OLQLVMU.js";
import "./chunk-NAZNJBQK.js";
import "./chunk-ESBBKWV2.js";
import "./chunk-3LNNNPFA.js";
import "./chunk-UBB2VENB.js";
import "./chunk-QLNZO2SX.js";
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
  audit
};
