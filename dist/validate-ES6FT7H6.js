import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validate,
  validateRepository
} from "./chunk-PY5LW7TD.js";
import "./chunk-UJV45LKK.js";
import "./chunk-TPPT2CQM.js";
import "./chunk-UG23BKPN.js";
import "./chunk-GBYRDTJB.js";
import "./chunk-QONCCBKW.js";
import "./chunk-F6TFN6HO.js";
import "./chunk-AS33UUS6.js";
import "./chunk-KAAAW3AT.js";
import "./chunk-KH72ZU64.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-LXPZ4E6X.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-742UBB62.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-WBCE6ZCP.js";
import "./chunk-6RKSXR4P.js";
import "./chunk-IBIRJX6C.js";
import "./chunk-OCGOFK7Z.js";
import "./chunk-UZKACYBF.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-XZW76LL6.js";
import "./chunk-4BNFAMEK.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";
export {
  validate,
  validateRepository
};
