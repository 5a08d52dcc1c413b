/**
 * Personal data never leaves by accident: before an export, a bundle or a catalog link, the
 * current working table is checked with the privacy rule. Columns that still hold NIK, No. KK,
 * NPWP, phone numbers, e-mail addresses (or names/addresses beside them) refuse the action,
 * unless the steward names each of them with a reason (recorded in the audit log).
 * Masking or dropping a column is a recorded step, after which the check passes by itself.
 */
import { AppError } from '../../../shared/errors';
import { runValidation } from '../validate/engine';
import { validationInputFor } from './validation-input';
import type { ServiceContext } from './context';

export const PRIVACY_CODE = 'data-pribadi';

/** Labels of the columns with unresolved personal data in the dataset's working table. */
export async function personalDataColumns(
  ctx: ServiceContext,
  datasetId: string,
): Promise<string[]> {
  const input = validationInputFor(ctx, datasetId);
  delete input.metadata;
  const report = await runValidation(input, { only: [PRIVACY_CODE] });
  const cols = report.findings
    .filter((f) => f.code === PRIVACY_CODE && f.column !== null)
    .map((f) => f.column as string);
  return [...new Set(cols)];
}

/**
 * Throws kind 'refused' naming the columns unless every personal-data column is allowed
 * explicitly with a reason. Returns the allowed columns that were actually needed.
 */
export async function checkPersonalDataGate(
  ctx: ServiceContext,
  datasetId: string,
  allow: readonly string[] | undefined,
  reason: string | undefined,
  action: 'export' | 'bundle' | 'catalog',
): Promise<string[]> {
  const found = await personalDataColumns(ctx, datasetId);
  if (found.length === 0) return [];
  const allowed = new Set((allow ?? []).map((c) => c.trim().toLowerCase()));
  const blocked = found.filter((c) => !allowed.has(c.toLowerCase()));
  if (blocked.length === 0 && reason && reason.trim() !== '') return found;
  const what = {
    export: ['diekspor', 'exported'],
    bundle: ['dibundel', 'bundled'],
    catalog: ['ditautkan', 'linked'],
  }[action];
  const list = blocked.length ? blocked : found;
  const cols = list.join(', ');
  const flag = list.join(',');
  throw new AppError({
    kind: 'refused',
    code: 'personal-data',
    message: `Dataset ini tidak dapat ${what[0]}: kolom ${cols} berisi data pribadi (NIK/No. KK/NPWP/telepon/e-mail atau nama/alamat di sampingnya). Samarkan atau hapus kolom itu dengan langkah mask-personal/drop-columns, atau catat pengecualian dengan nama kolom dan alasannya (CLI: --allow-personal-data ${flag} --reason "…").`,
    messageEn: `This dataset cannot be ${what[1]}: column(s) ${cols} hold personal data (NIK/KK/NPWP/phone/e-mail or names/addresses beside them). Mask or drop them with a mask-personal/drop-columns step, or record an override naming the columns and a reason (CLI: --allow-personal-data ${flag} --reason "…").`,
    details: { columns: blocked.length ? blocked : found },
  });
}
