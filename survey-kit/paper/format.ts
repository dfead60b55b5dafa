/** One readable line per table problem, as shown by the CLI and the import screen. */
import { t } from '../i18n';
import type { Lang } from '../types';
import type { PaperError } from './types';

export function formatPaperError(lang: Lang, error: PaperError): string {
  const message = error.message[lang];
  return error.column === undefined
    ? t(lang, 'paper.whereLine', { line: error.line, message })
    : t(lang, 'paper.where', { line: error.line, column: error.column, message });
}
