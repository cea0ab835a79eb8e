// Types of the generated standalone validators (validators.generated.js).
import type { ValidateFunction } from 'ajv/dist/2020.js';

export const validateModel: ValidateFunction;
export const validatePolicy: ValidateFunction;
export const validateProfile: ValidateFunction;
export const validateEvidenceHeader: ValidateFunction;
export const validateMonitoringLogRecord: ValidateFunction;
