/** The metadata catalog (Katalog Data) and the printable metadata forms: the public surface. */
export { generateCatalog, CATALOG_FILES } from './generate-catalog';
export { catalogAccess, accessLevelOf, ACCESS_LABELS } from './access';
export { catalogItems, safePreview, PREVIEW_ROWS, type CatalogItem } from './catalog-view';
export {
  catalogTable,
  catalogTableColumns,
  writeCatalogCsv,
  writeCatalogXlsx,
} from './catalog-table';
export { catalogDcat, entryToExportSource } from './catalog-dcat';
export { chartSvg } from './chart-svg';
export { escapeHtml, markup, jsonForScript, SafeHtml } from './html-escape';
export {
  buildMetadataDocument,
  buildMsKegDocument,
  buildMsVarDocument,
  buildMsIndDocument,
  renderPrintHtml,
  printMetadataHtml,
  printMsKegHtml,
  printMsVarHtml,
  printMsIndHtml,
  type MetadataPrintInput,
  type PrintOptions,
} from './print-forms';
export { writePdf, renderPdf, toWinAnsi, type PdfOptions, type PdfFonts } from './print-pdf';
