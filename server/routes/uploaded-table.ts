/** The table of a CSV/XLSX file uploaded to an import route. */
import type { Lang } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';
import { readTable, TableReadError } from '../import/read-table';

/** An unreadable file is refused with 400, its message under the `file` field. */
export async function uploadedTable(file: File, lang: Lang): ReturnType<typeof readTable> {
  try {
    return await readTable({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (err) {
    if (err instanceof TableReadError) throw new ApiError(400, 'validation_failed', err.text[lang], { file: err.text[lang] });
    throw err;
  }
}
