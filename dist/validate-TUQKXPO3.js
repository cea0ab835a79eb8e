import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validate,
  validateRepository
} from "./chunk-7A4SX6H5.js";
import "./chunk-HTHB2LZX.js";
import "./chunk-U6DBJYBB.js";
import "./chunk-XQ4U3KVS.js";
import "./chunk-TL4Y5ACZ.js";
import "./chunk-W7ENWVNQ.js";
import "./chunk-UBB2VENB.js";
import "./chunk-2RA6K4YX.js";
import "./chunk-YYZJGMBT.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-BLGKMW6I.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-LOGIVT4I.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-DXKZSYDP.js";
import "./chunk-B6MCNSVW.js";
import "./chunk-5KIHTRY7.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-EU2JC4QN.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";
export {
  validate,
  validateRepository
};
