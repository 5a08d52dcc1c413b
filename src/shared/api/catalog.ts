/** Contract part: the metadata catalog of the workspace (Katalog Data) and printable forms. */
import { CATALOG_FORMATS, type CatalogFormat, type CatalogWarning } from '../model/catalog';
import {
  fileTargetSchema,
  idSchema,
  jobIdSchema,
  type ExportResult,
  type FileTarget,
} from './core';

export const PRINT_FORMS = ['metadata', 'ms-keg', 'ms-var', 'ms-ind'] as const;
export type PrintForm = (typeof PRINT_FORMS)[number];

export interface CatalogContract {
  /** html: a static site (a folder, or a zip when downloaded); xlsx/csv: one row per dataset; dcat */
  'catalog:generate': {
    req: {
      format: CatalogFormat;
      target: FileTarget;
      title?: string;
      organisation?: string;
      lang?: 'id' | 'en';
      jobId?: string;
    };
    res: ExportResult & { files: number; warnings: CatalogWarning[] };
  };
  /** a printable Indonesian document of a dataset's metadata (or MS-Keg/MS-Var/MS-Ind) */
  'forms:print': {
    req: {
      id: string;
      form: PrintForm;
      format: 'html' | 'pdf';
      target: FileTarget;
      lang?: 'id' | 'en';
    };
    res: ExportResult;
  };
}

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

export const CATALOG_SCHEMAS: Record<keyof CatalogContract, object> = {
  'catalog:generate': {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'target'],
    properties: {
      format: { enum: [...CATALOG_FORMATS] },
      target: fileTargetSchema,
      title: text(300),
      organisation: text(300),
      lang: { enum: ['id', 'en'] },
      jobId: jobIdSchema,
    },
  },
  'forms:print': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'form', 'format', 'target'],
    properties: {
      id: idSchema,
      form: { enum: [...PRINT_FORMS] },
      format: { enum: ['html', 'pdf'] },
      target: fileTargetSchema,
      lang: { enum: ['id', 'en'] },
    },
  },
};
