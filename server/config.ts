// Configuration, read from the environment once at start-up and validated.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** OpenStreetMap's standard tiles: the map's default background. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** The credit OpenStreetMap's tile policy asks for (HTML, written by the operator, shown by Leaflet). */
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const EnvSchema = z.object({
  PORT: z.coerce.number('must be a number').int('must be a whole number').min(0).max(65535, 'must be 0..65535').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), 'must look like postgres://user:password@host:5432/database')
    .refine((v) => v === undefined || URL.canParse(v), 'is not a valid URL'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CURSOR_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SEED_ON_START: z.enum(['none', 'national', 'demo']).default('demo'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  TILE_URL: z
    .string()
    .trim()
    .default(DEFAULT_TILE_URL)
    .refine(isTileUrlTemplate, 'must be an http(s) URL template with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TILE_ATTRIBUTION: z.string().trim().max(1000).default(DEFAULT_TILE_ATTRIBUTION),
});

/** The validated configuration the app runs with. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined; // undefined: embedded PGlite in dataDir
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  cursorSecret: string; // signs search cursors; random per process when CURSOR_SECRET is unset
  seedOnStart: 'none' | 'national' | 'demo'; // what to seed into an empty database
  dbPoolSize: number;
  shutdownTimeoutMs: number; // how long in-flight requests may take after SIGTERM
  tiles: TileConfig; // the map's background tiles, handed to the client and allowed by the CSP
}

/** Where the map's background tiles come from. */
export interface TileConfig {
  url: string; // Leaflet URL template: {s} subdomain (a, b, c), {z}/{x}/{y}, optional {r}
  attribution: string; // HTML credit, operator-written (Leaflet's attribution control renders it as HTML)
  imageSource: string; // the CSP img-src source that admits every tile: "https://tile.openstreetmap.org", "https://*.example.org"
}

/** Thrown when the environment is wrong; the message names each variable and why. */
export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in a compose file) means "unset", not zero or an empty URL.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    cursorSecret: e.CURSOR_SECRET ?? randomBytes(32).toString('hex'),
    seedOnStart: e.SEED_ON_START,
    dbPoolSize: e.DB_POOL_SIZE,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    tiles: { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION, imageSource: tileImageSource(e.TILE_URL) },
  };
}

/** The default tile settings (what an empty environment gives). */
export const DEFAULT_TILE_CONFIG: TileConfig = {
  url: DEFAULT_TILE_URL,
  attribution: DEFAULT_TILE_ATTRIBUTION,
  imageSource: tileImageSource(DEFAULT_TILE_URL),
};

// Leaflet fills {s} with a subdomain letter, {r} with "@2x" on retina screens.
const sampleTileUrl = (template: string) => template.replace(/\{s\}/g, 'a').replace(/\{[xyz]\}/g, '0').replace(/\{r\}/g, '');

function isTileUrlTemplate(template: string): boolean {
  if (!/^https?:\/\//.test(template) || !['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return false;
  const origin = /^https?:\/\/([^/?#]+)/.exec(template)?.[1] ?? '';
  // A subdomain placeholder must be (part of) a label left of the registered domain, so the CSP can say "*.domain".
  if (origin.includes('{s}') && !/^[^.]*\{s\}[^.]*\.[^{}]+\.[^{}]+$/.test(origin)) return false;
  if (/[{}]/.test(origin.replace('{s}', ''))) return false;
  return URL.canParse(sampleTileUrl(template));
}

/** The CSP img-src source for a tile template: its origin, with a "{s}" subdomain label widened to "*". */
export function tileImageSource(template: string): string {
  const [, scheme, host] = /^(https?:\/\/)([^/?#]+)/.exec(template) ?? [];
  if (!scheme || !host) throw new ConfigError(`TILE_URL: ${template} has no http(s) origin`);
  if (!host.includes('{s}')) return scheme + host;
  return `${scheme}*.${host.slice(host.indexOf('.', host.indexOf('{s}')) + 1)}`;
}
