/** Contract part: exports of a dataset in every format (files, Data Package, portal metadata). */
import type { ExportFormatCode, ExportWarning } from '../model/export';
import { EXPORT_FORMAT_CODES } from '../model/export';
import {
  fileTargetSchema,
  idSchema,
  jobIdSchema,
  type ExportResult,
  type FileTarget,
} from './core';

export interface DatasetExportOptions {
  /** CSV: UTF-8 byte-order mark for Excel */
  bom?: boolean;
  /** CSV: `;` for Excel in an Indonesian locale */
  delimiter?: ',' | ';';
  /**
   * Columns with personal data the steward explicitly allows to leave the workspace
   * (recorded with `reason` in the audit log). Without it, unresolved privacy findings refuse.
   */
  allowPersonalData?: string[];
  reason?: string;
}

export interface DatasetExportResult extends ExportResult {
  format: ExportFormatCode;
  rows: number;
  /** missing metadata filled from the data, and other notes — never a refusal */
  warnings: ExportWarning[];
}

export interface ExportContract {
  'export:dataset': {
    req: {
      id: string;
      format: ExportFormatCode;
      target: FileTarget;
      options?: DatasetExportOptions;
      jobId?: string;
    };
    res: DatasetExportResult;
  };
}

export const EXPORT_SCHEMAS: Record<keyof ExportContract, object> = {
  'export:dataset': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'format', 'target'],
    properties: {
      id: idSchema,
      format: { enum: [...EXPORT_FORMAT_CODES] },
      target: fileTargetSchema,
      jobId: jobIdSchema,
      options: {
        type: 'object',
        additionalProperties: false,
        properties: {
          bom: { type: 'boolean' },
          delimiter: { enum: [',', ';'] },
          allowPersonalData: {
            type: 'array',
            maxItems: 500,
            items: { type: 'string', minLength: 1, maxLength: 300 },
          },
          reason: { type: 'string', minLength: 1, maxLength: 2000 },
        },
      },
    },
  },
};
