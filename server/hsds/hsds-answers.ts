// How the HSDS API answers lists: the spec's Page object, ndjson lines, and a stream that waits for a slow reader.
import type { Response } from 'express';

/** The media type of a list answered one JSON object per line. */
export const NDJSON = 'application/x-ndjson';

/** Until the response can take more, or the client has gone (a 'drain' that never comes must not hold the handler). */
export function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** The paging parameters every list takes. */
export type ListQuery = { page: number; per_page: number; format?: 'json' | 'ndjson' };

/** The rows of the query's page. */
export const pageWindow = (query: ListQuery) => ({ offset: (query.page - 1) * query.per_page, limit: query.per_page });

/** The spec's Page object. */
export function page<T>(contents: T[], total: number, query: ListQuery) {
  const totalPages = Math.ceil(total / query.per_page);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: total === 0,
    contents,
  };
}

/** A list held in memory (the taxonomies): ndjson or one page of it. */
export function sendList<T>(res: Response, items: T[], query: ListQuery) {
  if (query.format === 'ndjson') {
    res.type(NDJSON).send(items.map((item) => `${JSON.stringify(item)}\n`).join(''));
    return;
  }
  const { offset, limit } = pageWindow(query);
  res.json(page(items.slice(offset, offset + limit), items.length, query));
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether any of the texts holds `search`, accents and case aside (always, without a search). */
export function matchesSearch(search: string | undefined, ...texts: string[]): boolean {
  return !search || texts.some((t) => folded(t).includes(folded(search)));
}
