// One CSV row's cells, read by column into the values a listing takes (texts in two languages, codes, numbers, dates),
// each reading that fails adding a row issue that names the column as the file wrote it.
import type { LocalizedText } from '../contract/common';
import { US_STATES } from '../contract/vocabulary';
import { CSV_MESSAGES, type ExchangeLocale } from './csv-messages';
import { codeKey, decimal, listItems } from './csv-cells';
import type { RowIssue } from './import-record';
import type { ColumnName } from './listing-columns';

/** A row's cells by column: unescaped and trimmed; blank cells absent. */
export type FlatCells = Partial<Record<ColumnName, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The cells of one row and the issues found reading them; `C` names the columns (the listings' unless given). */
export class RowCells<C extends string = ColumnName> {
  readonly issues: RowIssue[] = [];
  readonly say: (typeof CSV_MESSAGES)[ExchangeLocale];

  constructor(
    readonly cells: Partial<Record<C, string>>,
    readonly row: number,
    private readonly header: (column: C) => string, // the column's name as the file wrote it
    locale: ExchangeLocale,
  ) {
    this.say = CSV_MESSAGES[locale];
  }

  /** Records a problem with `column` ('' for the whole row). */
  issue(column: C | '', code: string, message: string): void {
    this.issues.push({ row: this.row, column: column ? this.header(column) : '', code, message });
  }

  /** The text of `<name>_en` and `<name>_es`; undefined when both are blank. */
  text(name: string): LocalizedText | undefined {
    const en = this.cells[`${name}_en` as C];
    const es = this.cells[`${name}_es` as C];
    return en || es ? { ...(en ? { en } : {}), ...(es ? { es } : {}) } : undefined;
  }

  /** The value a word stands for (a code, or its Spanish); an unknown word is an issue. */
  word<T extends string>(column: C, words: Record<string, T>): T | undefined {
    const cell = this.cells[column];
    if (cell === undefined) return undefined;
    const value = words[codeKey(cell)];
    if (value === undefined) this.issue(column, 'unknown_value', this.say.unknownValue(cell, Object.keys(words)));
    return value;
  }

  /** The codes of a list cell; each unknown item is an issue and is left out. */
  codes<T extends string>(column: C, allowed: readonly T[]): T[] {
    const found: T[] = [];
    for (const item of listItems(this.cells[column] ?? '')) {
      const code = codeKey(item) as T;
      if (allowed.includes(code)) found.push(code);
      else this.issue(column, 'unknown_value', this.say.unknownValue(item, allowed));
    }
    return found;
  }

  /** A state code in capitals ("tx" is TX); anything else as written, for the contract to name. */
  state(column: C): string | undefined {
    const cell = this.cells[column];
    if (cell === undefined) return undefined;
    return (US_STATES as readonly string[]).includes(cell.toUpperCase()) ? cell.toUpperCase() : cell;
  }

  /** A decimal number; a cell that is not one is an issue. */
  number(column: C): number | undefined {
    const cell = this.cells[column];
    if (cell === undefined) return undefined;
    const value = decimal(cell);
    if (value === undefined) this.issue(column, 'invalid_parameter', this.say.notANumber(cell));
    return value;
  }

  /** A YYYY-MM-DD date; anything else is an issue (and passed on, for the contract to refuse too). */
  date(column: C): string | undefined {
    const cell = this.cells[column];
    if (cell !== undefined && !ISO_DATE.test(cell)) this.issue(column, 'invalid_parameter', this.say.notADate(cell));
    return cell;
  }
}
