// How node-postgres turns the text PostgreSQL sends into JavaScript values, where its defaults do not suit the app.
import pg from 'pg';
import { parse as parseArray } from 'postgres-array';

const DATE_OID = 1082;
const TEXT_ARRAY_OID = 1009;
const VARCHAR_ARRAY_OID = 1015;

// pg-types parses text[] with postgres-array 2, which allocates an object per character: with three arrays on each
// of a search's ~20 rows it was the largest single allocator in the bench's search
// (docs/decisions/0030-postgres-array-3-for-text-arrays.md). postgres-array 3 (same author, same output) slices the
// text instead.
const parseTextArray = (value: string): string[] => parseArray(value);

/** The type parsers every pool the app opens uses: dates stay text, text arrays through postgres-array 3. */
export const appTypeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    // Keep `date` columns as 'YYYY-MM-DD' text: a JS Date would shift them by the server's time zone.
    if (oid === DATE_OID) return (value: string) => value;
    if ((oid === TEXT_ARRAY_OID || oid === VARCHAR_ARRAY_OID) && format !== 'binary') return parseTextArray;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};
