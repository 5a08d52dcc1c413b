/** Reading a personal-data refusal ('refused' / 'personal-data') from a service error. */
import type { AppErrorData } from '../../../shared/errors';

/** The columns a personal-data refusal names, or null when the error is something else. */
export function refusedPersonalColumns(error: AppErrorData | null): string[] | null {
  if (!error || error.kind !== 'refused' || error.code !== 'personal-data') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('columns' in details)) return [];
  const columns: unknown = details.columns;
  return Array.isArray(columns) ? columns.filter((c): c is string => typeof c === 'string') : [];
}

/** The override the steward recorded: every named column and a reason. */
export interface PersonalDataOverride {
  allowPersonalData: string[];
  reason: string;
}
