/** Instruments: the built-in ones (kept in step with survey-kit at start-up) and custom ones. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import { BUILT_IN_INSTRUMENTS, validateInstrument } from '../../../survey-kit/index';
import type { Instrument } from '../../../survey-kit/types';
import { DbError, translated } from '../../errors';
import type { InstrumentRepository, StoredInstrument } from '../../repositories';
import { instruments, type InstrumentRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

function stored(row: InstrumentRow | undefined): StoredInstrument | undefined {
  return row && { id: row.id, builtIn: row.builtIn, instrument: row.definition as Instrument };
}

export function instrumentQueries(ctx: SqliteContext): InstrumentRepository {
  return {
    async ensureBuiltIns() {
      // Built-in texts live in survey-kit: a corrected label reaches existing databases on the next
      // start. Element codes of a built-in never change, so stored answers stay valid.
      ctx.sqlite.transaction(() => {
        for (const instrument of BUILT_IN_INSTRUMENTS) {
          ctx.orm
            .insert(instruments)
            .values({ code: instrument.code, definition: instrument, builtIn: true })
            .onConflictDoUpdate({
              target: instruments.code,
              set: { definition: sql`excluded.definition` },
              setWhere: sql`${instruments.builtIn} = 1`,
            })
            .run();
        }
      })();
      ctx.lookups.forgetInstruments();
    },
    async byCode(code) {
      return stored(ctx.orm.select().from(instruments).where(eq(instruments.code, code)).get());
    },
    async byId(id) {
      return stored(ctx.orm.select().from(instruments).where(eq(instruments.id, id)).get());
    },
    async list() {
      return ctx.orm
        .select()
        .from(instruments)
        .orderBy(desc(instruments.builtIn), asc(instruments.code))
        .all()
        .map((row) => stored(row)!);
    },
    async create(instrument, by) {
      if (BUILT_IN_INSTRUMENTS.some((b) => b.code === instrument.code)) {
        throw new DbError('reserved_instrument_code', `"${instrument.code}" is a built-in instrument code`, {
          code: instrument.code,
        });
      }
      const issues = validateInstrument(instrument);
      if (issues.length > 0) {
        throw new DbError('invalid_instrument', `Instrument "${instrument.code}" is invalid`, { issues });
      }
      const row = translated(() =>
        audited(ctx, by, () => {
          const created = ctx.orm.insert(instruments).values({ code: instrument.code, definition: instrument, builtIn: false }).returning().get();
          return { result: created, audit: { action: 'instrument.create', entity: 'instrument', entityId: created.id, before: null, after: instrument } };
        }),
      );
      return { id: row.id, builtIn: row.builtIn, instrument: row.definition as Instrument };
    },
  };
}
