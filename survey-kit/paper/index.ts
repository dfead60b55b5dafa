export { validatePaperTable } from './validate';
export { tallyPaperRows } from './tally';
export { formatPaperError } from './format';
export { normaliseHeader } from './header';
export { PAPER_FIELDS } from './types';
export type { PaperError, PaperErrorCode, PaperField, PaperRow, PaperTable, PaperValidation } from './types';
