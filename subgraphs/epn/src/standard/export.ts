import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import { territorySql } from '../../../kit/src/geo-reference';
import type { Territory } from '../../../kit/src/geography';
import { EpnEntity } from '../entities';
import { STANDARD_FIELDS, type StandardRecord } from './fields';
import { toStandardRecord } from './mapping';
import type { StandardFormat } from './read';

/**
 * Writes EPN in the national standard, streaming page by page (bounded memory): CSV with the 32
 * fields in the standard's order, or JSON (an array of objects with the same names). Order is stable
 * (source, id), so exporting the same data twice gives the same bytes.
 */
export interface ExportOptions {
  format: StandardFormat;
  /** Only EPN inside this territory. */
  territory?: Territory | null;
  pageSize?: number;
  onProgress?(count: number): void;
}

export async function exportPlaces(dataSource: DataSource, output: Writable, options: ExportOptions): Promise<number> {
  let count = 0;
  const records = Readable.from(
    (async function* () {
      for await (const page of pages(dataSource, options)) {
        for (const record of page) yield record;
        count += page.length;
        options.onProgress?.(count);
      }
    })(),
  );
  const serializer = options.format === 'json' ? jsonArray() : stringify({ header: true, columns: [...STANDARD_FIELDS] });
  await pipeline(records, serializer, output);
  return count;
}

/** Counts the EPN an export would write. */
export async function countPlaces(dataSource: DataSource, territory?: Territory | null): Promise<number> {
  const qb = dataSource.getRepository(EpnEntity).createQueryBuilder('e');
  const condition = territory ? territorySql('e.commune_code', territory.level, ':territoryCode') : null;
  if (condition) qb.where(condition, { territoryCode: territory!.code });
  return qb.getCount();
}

/** Byte order (COLLATE "C"), the same whatever the database's locale. */
const SORT = [`coalesce(e.source, '') COLLATE "C"`, `coalesce(e.source_id, '') COLLATE "C"`, 'e.id'];

async function* pages(dataSource: DataSource, options: ExportOptions): AsyncGenerator<StandardRecord[]> {
  const size = options.pageSize ?? 1000;
  const territory = options.territory;
  const condition = territory ? territorySql('e.commune_code', territory.level, ':territoryCode') : null;
  let after: [string, string, string] | null = null;
  for (;;) {
    const qb = dataSource.getRepository(EpnEntity).createQueryBuilder('e');
    if (condition) qb.andWhere(condition, { territoryCode: territory!.code });
    if (after) qb.andWhere(`(${SORT.join(', ')}) > (:s, :i, :id)`, { s: after[0], i: after[1], id: after[2] });
    qb.orderBy(SORT[0], 'ASC').addOrderBy(SORT[1], 'ASC').addOrderBy(SORT[2], 'ASC').limit(size);
    const epns = await qb.getMany();
    if (!epns.length) return;
    const active: { epn_id: string }[] = await dataSource.query(
      `SELECT DISTINCT epn_id FROM epn.label WHERE status = 'ACTIVE' AND epn_id = ANY($1::uuid[])`,
      [epns.map((e) => e.id)],
    );
    const labelled = new Set(active.map((row) => row.epn_id));
    yield epns.map((epn) => toStandardRecord(epn, labelled.has(epn.id)));
    const last = epns[epns.length - 1];
    after = [last.source ?? '', last.sourceId ?? '', last.id];
    if (epns.length < size) return;
  }
}

/** The JSON form: one object per line inside an array; latitude and longitude as numbers. */
function jsonArray(): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(record: StandardRecord, _encoding, callback) {
      const value = {
        ...record,
        latitude: record.latitude === '' ? null : Number(record.latitude),
        longitude: record.longitude === '' ? null : Number(record.longitude),
      };
      callback(null, `${first ? '[\n' : ',\n'}${JSON.stringify(value)}`);
      first = false;
    },
    flush(callback) {
      callback(null, first ? '[]\n' : '\n]\n');
    },
  });
}
