/** The raw inserts of responses and their answers, shared by `submit` and `insertMany`. */
import type { SqliteContext } from '../../sqlite/context';
import { INSERT_RESPONSE_COLUMNS, type PreparedResponse } from './prepare';

export const INSERT_RESPONSE = `INSERT INTO responses (${INSERT_RESPONSE_COLUMNS.join(', ')})
VALUES (${INSERT_RESPONSE_COLUMNS.map(() => '?').join(', ')})`;

/**
 * Buffers rows and writes them with multi-row `INSERT … VALUES (…), (…) [tail]` statements: one
 * call into SQLite for hundreds of rows is what makes a batch fast. `finish` writes the rest.
 */
export class RowWriter {
  /** Values of the rows not written yet: push one row's values, then call `endRow`. */
  readonly pending: unknown[] = [];
  private rows = 0;

  constructor(
    private readonly ctx: SqliteContext,
    private readonly head: string,
    private readonly columns: number,
    private readonly tail = '',
    private readonly rowsPerStatement = 400,
  ) {}

  add(...values: unknown[]): void {
    for (const v of values) this.pending.push(v);
    this.endRow();
  }

  endRow(): void {
    if (++this.rows === this.rowsPerStatement) this.write();
  }

  finish(): void {
    if (this.rows > 0) this.write();
  }

  private write(): void {
    const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
    this.ctx.statement(`${this.head} VALUES ${Array.from({ length: this.rows }, () => row).join(', ')} ${this.tail}`).run(this.pending);
    this.pending.length = 0;
    this.rows = 0;
  }
}

export class AnswerWriter {
  private readonly rows: RowWriter;

  constructor(ctx: SqliteContext) {
    this.rows = new RowWriter(ctx, 'INSERT INTO response_answers (response_id, element_code, score)', 3);
  }

  add(responseId: number, response: PreparedResponse): void {
    const { elements, scores } = response;
    for (let i = 0; i < elements.length; i++) {
      this.rows.pending.push(responseId, elements[i], scores[i]);
      this.rows.endRow();
    }
  }

  finish(): void {
    this.rows.finish();
  }
}
