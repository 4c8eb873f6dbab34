// Administrative statements (CREATE/DROP DATABASE) on the server DATABASE_URL points at.
import pg from 'pg';

/** The same server and credentials, another database. */
export function databaseUrlFor(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (names here are generated, never user input). */
export async function adminQuery(databaseUrl: string, statement: string): Promise<Array<Record<string, string>>> {
  const client = new pg.Client({ connectionString: databaseUrlFor(databaseUrl, 'postgres') });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}
