// SHA-256 for core code that binds or compares digests (evidence seals, content digests): core takes it
// as a parameter, so it stays free of node:crypto.
import { createHash } from 'node:crypto';
import type { Sha256 } from '../core/promotion/evidence.js';

export const sha256Hex: Sha256 = (data) => createHash('sha256').update(data).digest('hex');
