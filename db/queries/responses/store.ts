/** The raw inserts of a response and its answers, shared by `submit` and `insertMany`. */
import type { SqliteContext } from '../../sqlite/context';
import { INSERT_RESPONSE_COLUMNS, type PreparedResponse } from './prepare';

export const INSERT_RESPONSE = `INSERT INTO responses (${INSERT_RESPONSE_COLUMNS.join(', ')})
VALUES (${INSERT_RESPONSE_COLUMNS.map(() => '?').join(', ')})`;

function answersSql(count: number): string {
  const rows = Array.from({ length: count }, () => '(?, ?, ?)').join(', ');
  return `INSERT INTO response_answers (response_id, element_code, score) VALUES ${rows}`;
}

/** All answers of one response in one statement (one round trip into SQLite instead of nine). */
export function insertAnswers(ctx: SqliteContext, responseId: number, response: PreparedResponse): void {
  const args: unknown[] = [];
  for (const [code, score] of response.answers) args.push(responseId, code, score);
  if (args.length > 0) ctx.statement(answersSql(response.answers.length)).run(args);
}
