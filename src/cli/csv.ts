/** The CLI's spreadsheet import/export is the browser-safe module the directory editor uses too. */
export { decodeSpreadsheet, detectDelimiter, exportCsv, importCsv, csvSizeProblem, MAX_CSV_BYTES, type CsvImport, type CsvProblem } from '../directory/csv.js';
