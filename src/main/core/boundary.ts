/**
 * The boundary check every host shares: each request is validated against its JSON Schema
 * (compiled once, additionalProperties: false) before any service sees it.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { REQUEST_SCHEMAS, type ContractKey } from '../../shared/contract';
import { AppError } from '../../shared/errors';

// The contract's schemas are constants of this build, checked against the JSON Schema meta-schema
// by a test (tests/unit/core/boundary.test.ts): compiling the meta-schema at every start would
// cost each command ~30 ms.
const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: ContractKey): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = ajv.compile(REQUEST_SCHEMAS[key]);
    compiled.set(key, v);
  }
  return v;
}

export function isContractKey(key: string): key is ContractKey {
  return Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, key);
}

/** Throws AppError('invalid-argument') unless `req` matches the schema of `key`. */
export function checkRequest(key: string, req: unknown): void {
  if (!isContractKey(key)) {
    throw new AppError({
      kind: 'invalid-argument',
      code: 'unknown-call',
      message: `Panggilan ${key.slice(0, 80)} tidak dikenal.`,
      messageEn: `Unknown call ${key.slice(0, 80)}.`,
    });
  }
  const validate = validatorFor(key);
  if (!validate(req)) {
    const detail = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
      .join('; ');
    throw new AppError({
      kind: 'invalid-argument',
      code: 'invalid-argument',
      message: `Argumen untuk ${key} tidak valid: ${detail}`,
      messageEn: `Invalid arguments for ${key}: ${detail}`,
      details: validate.errors,
    });
  }
}
