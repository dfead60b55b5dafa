/** Helpers shared by the commands that read a file. */
import { t } from '../../../survey-kit';
import type { PaperTable } from '../../../survey-kit/paper';
import { TableReadError } from '../../import/read-table';
import { CliError } from '../context';
import type { CliContext } from '../context';

/** One problem, one line: a cell value with a newline in it must not break the report. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ⏎ ');
}

export async function readTableOrFail(ctx: CliContext, read: () => Promise<PaperTable>): Promise<PaperTable> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof TableReadError) {
      throw new CliError([oneLine(t(ctx.lang, 'cli.error', { message: err.text[ctx.lang] }))]);
    }
    throw err;
  }
}
