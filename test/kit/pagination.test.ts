import { configurePagination, decodeCursor, encodeCursor, keysetCondition, pageSize } from '../../subgraphs/kit/src';

describe('cursor pagination', () => {
  beforeAll(() => configurePagination({ defaultSize: 20, maxSize: 100 }));

  it('round-trips cursor values', () => {
    const cursor = encodeCursor(['Médiathèque de Rennes', 'a1b2', 3, null]);
    expect(decodeCursor(cursor, 4)).toEqual(['Médiathèque de Rennes', 'a1b2', 3, null]);
  });

  it('refuses cursors from another list or forged ones with BAD_USER_INPUT naming the argument', () => {
    const cursor = encodeCursor(['x', 'y']);
    expect(() => decodeCursor(cursor, 3)).toThrow('Invalid value for "after"');
    try {
      decodeCursor('not-a-cursor!!', 2);
      throw new Error('no error');
    } catch (error: any) {
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.field).toBe('after');
    }
  });

  it('enforces the maximum page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow('"first": must be between 1 and 100 (the maximum page size), got 101');
    expect(() => pageSize(0)).toThrow('must be between 1 and 100');
  });

  it('builds a keyset condition that respects mixed directions', () => {
    const params: unknown[] = [];
    const sql = keysetCondition(
      [
        { expression: 'e.starts_at', direction: 'DESC', value: () => null },
        { expression: 'e.id', direction: 'ASC', value: () => null },
      ],
      ['2026-03-14', 'abc'],
      (_i, value) => {
        params.push(value);
        return `$${params.length}`;
      },
    );
    expect(sql).toBe('((e.starts_at < $1) OR (e.starts_at = $2 AND e.id > $3))');
    expect(params).toEqual(['2026-03-14', '2026-03-14', 'abc']);
  });
});
