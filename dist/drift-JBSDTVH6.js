import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-UE4GDKYJ.js";
import "./chunk-KHXTQL5R.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-ZJZZ2VAP.js";
import "./chunk-PUFAL5EU.js";
import "./chunk-KH3XWZSE.js";
import "./chunk-WNLFKUOI.js";
import "./chunk-TBTLP5GZ.js";
import "./chunk-WJJXP5CC.js";
import "./chunk-VX5LFMT5.js";
import "./chunk-BKKO3S44.js";
import "./chunk-CG3NNE6D.js";
import "./chunk-AS33UUS6.js";
import "./chunk-4XVS4YMY.js";
import "./chunk-BPJDMZHB.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-VEFIVDER.js";
import "./chunk-WWS7NVO2.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-QU7YDUXK.js";
import "./chunk-SLV62WMS.js";
import "./chunk-6HMGHRNK.js";
import "./chunk-WZ2YAYYJ.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-STSMI376.js";
import "./chunk-B3JWC5PF.js";
import "./chunk-AOKYJ2QT.js";
import "./chunk-LURRIIGD.js";
import "./chunk-VNFW3NFW.js";
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
  DRIFT_HELP,
  drift,
  retrainingDecision
};
