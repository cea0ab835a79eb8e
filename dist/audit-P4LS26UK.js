import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-PABNCZWY.js";
import "./chunk-BAVEFFKO.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-WVPQGIQX.js";
import "./chunk-UJV45LKK.js";
import "./chunk-ASIRDCRK.js";
import "./chunk-UG23BKPN.js";
import "./chunk-QONCCBKW.js";
import "./chunk-AS33UUS6.js";
import "./chunk-KH72ZU64.js";
import "./chunk-LXPZ4E6X.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-742UBB62.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-QU7YDUXK.js";
import "./chunk-WBCE6ZCP.js";
import "./chunk-6RKSXR4P.js";
import "./chunk-IBIRJX6C.js";
import "./chunk-OCGOFK7Z.js";
import "./chunk-UZKACYBF.js";
import "./chunk-K2PE4NOY.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-BSUIRLV4.js";
import "./chunk-XZW76LL6.js";
import "./chunk-4BNFAMEK.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";
export {
  audit
};
