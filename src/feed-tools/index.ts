/** The feed toolkit as a library (for tests and build scripts); the command is cli.ts. */
export {amsterdamToIso, formatCell, parseCell, parseDutchNumber, CellProblem, MAX_CELL_LENGTH} from './cells.js';
export {checkFeed, checkFeedText, lineAndColumn, type Problem} from './check.js';
export {describeColumn, knownFields, normalise, sheetSpecs, EXAMPLES, type Column, type SheetSpec} from './columns.js';
export {dutchIssue, editDistance, suggest} from './messages.js';
export {decodeText, detectDelimiter, readCsv, readWorkbook, MAX_FILE_BYTES, MAX_ROWS} from './read.js';
export {importGrids, slug, specFor, toFeed, type Grid} from './sheet-import.js';
export {sheetsOf, templateSheets, writeCsv, writeWorkbook, csvName} from './write.js';
export {formatProblem, main} from './cli.js';
