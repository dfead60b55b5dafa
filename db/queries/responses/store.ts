/** The raw inserts of responses and their answers, shared by `submit` and `insertMany`. */
import type { Statement } from 'better-sqlite3';
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

/** Values per answers statement (two per answer): 44 responses of a 9-element instrument. */
const ANSWER_VALUES_PER_STATEMENT = 800;

/**
 * An SQL string literal. Element codes are checked on the way in (survey-kit validateInstrument),
 * but here they become SQL text, so they are quoted as any text would be.
 */
const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Statement texts per instrument (its element list, shared by Lookups) and responses per statement. */
const ANSWER_SQL = new WeakMap<readonly string[], Map<number, string>>();

/**
 * Writes the answers of responses of one instrument after another: many responses per statement,
 * with the element codes written into the statement as constants, so that an answer binds two
 * values (response id, score) instead of three: for 100,000 responses of 9 elements, about a
 * quarter less time than binding the code too. A change of instrument writes what is pending first.
 */
export class AnswerWriter {
  private readonly pending: unknown[] = [];
  /** Element codes of the pending responses' instrument. */
  private elements: readonly string[] = [];
  private responses = 0;
  private perStatement = 1;
  private full: Statement | undefined;

  constructor(private readonly ctx: SqliteContext) {}

  add(responseId: number, response: PreparedResponse): void {
    const { elements, scores } = response;
    if (elements.length === 0) return;
    if (elements !== this.elements) {
      this.finish();
      this.elements = elements;
      this.perStatement = Math.max(1, Math.floor(ANSWER_VALUES_PER_STATEMENT / (2 * elements.length)));
      this.full = undefined;
    }
    for (let i = 0; i < elements.length; i++) this.pending.push(responseId, scores[i]);
    if (++this.responses === this.perStatement) {
      (this.full ??= this.statement(this.perStatement)).run(this.pending);
      this.pending.length = 0;
      this.responses = 0;
    }
  }

  /** Writes the rest, a response per statement (so an instrument needs two statements only). */
  finish(): void {
    if (this.responses === 0) return;
    const statement = this.statement(1);
    const width = 2 * this.elements.length;
    if (this.pending.length === width) statement.run(this.pending);
    else for (let at = 0; at < this.pending.length; at += width) statement.run(this.pending.slice(at, at + width));
    this.pending.length = 0;
    this.responses = 0;
  }

  private statement(responses: number): Statement {
    let texts = ANSWER_SQL.get(this.elements);
    if (!texts) {
      texts = new Map();
      ANSWER_SQL.set(this.elements, texts);
    }
    let sql = texts.get(responses);
    if (sql === undefined) {
      const one = this.elements.map((code) => `(?, ${sqlText(code)}, ?)`).join(', ');
      sql = `INSERT INTO response_answers (response_id, element_code, score) VALUES ${Array.from({ length: responses }, () => one).join(', ')}`;
      texts.set(responses, sql);
    }
    return this.ctx.statement(sql);
  }
}
