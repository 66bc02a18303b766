/** The CLI's spreadsheet import/export is the browser-safe module the directory editor uses too. */
export { decodeSpreadsheet, detectDelimiter, exportCsv, importCsv, type CsvImport } from '../directory/csv.js';
