// One table as CSV: RFC 4180 as the strictest reader sees it (CRLF records, any line break quoted), UTF-8 without a
// byte-order mark, cells as the data holds them; and reading one back: each bad file is one fault.
import { parse } from 'csv-parse/sync';
import { hsdsCsvPieces, readHsdsCsv } from '../../../../server/exchange/hsds-package/hsds-csv';
import { HSDS_TABLE } from '../../../../server/exchange/hsds-package/hsds-tables';

const phone = HSDS_TABLE.phone;
const service = HSDS_TABLE.service;
const bytes = (text: string) => new TextEncoder().encode(text);
const cells = (values: Record<string, string>) => phone.fields.map((f) => values[f.name] ?? '');

describe('writing a table', () => {
  const rows = [
    cells({ id: 'a', number: '+1 555 0100', description: 'line\nbreak' }),
    cells({ id: 'b', number: '=HYPERLINK("x")', description: 'cr\ronly, comma' }),
  ];
  const text = [...hsdsCsvPieces(phone, rows)].join('');

  it('writes RFC 4180: CRLF between records, every cell with a line break, comma or quote in quotes', () => {
    const strict = parse(text, { record_delimiter: '\r\n' }) as string[][];
    expect(strict).toEqual([phone.fields.map((f) => f.name), ...rows]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes no byte-order mark and escapes no formula: the cells are the data', () => {
    expect(text.charCodeAt(0)).toBe('i'.charCodeAt(0));
    expect(text).toContain(',+1 555 0100,');
    expect(text).toContain(',"=HYPERLINK(""x"")",');
  });

  it('writes the header alone for a table with no rows', () => {
    expect([...hsdsCsvPieces(phone, [])].join('')).toBe(`${phone.fields.map((f) => f.name).join(',')}\r\n`);
  });
});

describe('reading a table', () => {
  it('reads cells by column, whatever the order, case or spaces of the header, and drops a byte-order mark', () => {
    const read = readHsdsCsv(bytes('\uFEFF Number ,ID,extra\n555,x1,ignored\n'), phone, 'en');
    expect(read).toEqual({
      ok: true,
      header: [' Number ', 'ID', 'extra'],
      rows: [{ row: 1, cells: { number: '555', id: 'x1' } }],
    });
  });

  it('is one fault for a file that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...bytes('id,number\nx,'), 0xe9, 0x0a]);
    expect(readHsdsCsv(latin1, phone, 'es')).toEqual({
      ok: false,
      fault: { code: 'not_utf8', message: expect.stringMatching(/^phones\.csv no es texto UTF-8/) },
    });
  });

  it('is one fault for semicolons or tabs instead of commas', () => {
    for (const text of ['id;number\nx;1\n', 'id\tnumber\nx\t1\n']) {
      expect(readHsdsCsv(bytes(text), phone, 'en')).toMatchObject({ ok: false, fault: { code: 'wrong_delimiter' } });
    }
  });

  it('names the required columns a header lacks', () => {
    const read = readHsdsCsv(bytes('id,description\nx,y\n'), service, 'en');
    expect(read).toEqual({
      ok: false,
      fault: {
        code: 'missing_columns',
        message: expect.stringContaining('services.csv lacks the required columns organization_id, name, status'),
      },
    });
  });

  it('is one fault, naming the line, for a quote that never closes', () => {
    const read = readHsdsCsv(bytes('id,number\nx,"555\ny,1\n'), phone, 'en');
    expect(read).toMatchObject({
      ok: false,
      fault: { code: 'unreadable', message: expect.stringContaining('phones.csv') },
    });
  });
});
