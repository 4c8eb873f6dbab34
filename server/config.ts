// Configuration, read from the environment once at start-up and validated.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from './moderation/moderator-login-throttle';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './moderation/session-tokens';
import type { RateLimit } from './http/rate-limits';
import type { DatabaseTimeouts } from './db/postgres-database';
import { DEFAULT_HTTP_CACHE_POLICY, type HttpCachePolicy } from './http/cache-headers';

/** OpenStreetMap's standard tiles: the map's default background. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** The credit OpenStreetMap's tile policy asks for (HTML, written by the operator, shown by Leaflet). */
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Per-address limits on what anyone may send. */
export interface AbuseLimits {
  submissions: RateLimit;
  reports: RateLimit;
}

/** Five submissions and five reports an hour per address: plenty for an organization, little for a script. */
export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  submissions: { limit: 5, windowMs: 3_600_000 },
  reports: { limit: 5, windowMs: 3_600_000 },
};

const EnvSchema = z.object({
  PORT: z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(0)
    .max(65535, 'must be 0..65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v),
      'must look like postgres://user:password@host:5432/database',
    )
    .refine((v) => v === undefined || URL.canParse(v), 'is not a valid URL'),
  DATABASE_READ_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? [] : v.split(',').map((url) => url.trim())))
    .refine(
      (urls) => urls.every((url) => /^postgres(ql)?:\/\/[^\s]+$/.test(url) && URL.canParse(url)),
      'must be one or more PostgreSQL URLs separated by commas, such as postgres://user:password@replica:5432/database',
    ),
  REPLICA_MAX_LAG_MS: wholeNumber(100, 3_600_000).default(10_000),
  REPLICA_CHECK_INTERVAL_MS: wholeNumber(100, 60_000).default(1000),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CURSOR_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SEED_ON_START: z.enum(['none', 'national', 'demo']).default('demo'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: wholeNumber(100, 600_000).default(2000),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(5000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  REQUEST_TIMEOUT_MS: wholeNumber(1_000, 3_600_000).default(30_000),
  TILE_URL: z
    .string()
    .trim()
    .default(DEFAULT_TILE_URL)
    .refine(
      isTileUrlTemplate,
      'must be an http(s) URL template with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    ),
  TILE_ATTRIBUTION: z.string().trim().max(1000).default(DEFAULT_TILE_ATTRIBUTION),
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .refine(
      (v) => v === undefined || isTrustProxyValue(v),
      'must be false, true, a number of proxy hops, or a comma-separated list of addresses, subnets (CIDR) and loopback/linklocal/uniquelocal',
    ),
  LOGIN_THROTTLE_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(DEFAULT_LOGIN_THROTTLE.windowMs / 60_000),
  LOGIN_SLOWDOWN_AFTER: wholeNumber(1, 1000).default(DEFAULT_LOGIN_THROTTLE.slowdownAfter),
  LOGIN_SLOWDOWN_MS: wholeNumber(0, 60_000).default(DEFAULT_LOGIN_THROTTLE.slowdownMs),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: wholeNumber(1, 10_000).default(DEFAULT_LOGIN_THROTTLE.maxFailuresPerAccount),
  LOGIN_MAX_FAILURES_PER_ADDRESS: wholeNumber(1, 100_000).default(DEFAULT_LOGIN_THROTTLE.maxFailuresPerAddress),
  MODERATOR_SESSION_HOURS: wholeNumber(1, 24 * 30).default(DEFAULT_SESSION_POLICY.lifetimeMs / 3_600_000),
  MODERATOR_SESSION_IDLE_MINUTES: wholeNumber(1, 24 * 60).default(DEFAULT_SESSION_POLICY.idleMs / 60_000),
  SUBMISSIONS_PER_HOUR: wholeNumber(1, 100_000).default(DEFAULT_ABUSE_LIMITS.submissions.limit),
  REPORTS_PER_HOUR: wholeNumber(1, 100_000).default(DEFAULT_ABUSE_LIMITS.reports.limit),
  CACHE_MAX_AGE_SECONDS: wholeNumber(0, 86_400).default(DEFAULT_HTTP_CACHE_POLICY.maxAgeSeconds),
  CACHE_STALE_SECONDS: wholeNumber(0, 86_400).default(DEFAULT_HTTP_CACHE_POLICY.staleSeconds),
  INSTANCE_NAME: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be one line of text')
    .optional(),
  INSTANCE_CONTACT: z
    .string()
    .trim()
    .optional()
    .refine(
      (v) => v === undefined || instanceContact(v) !== null,
      'must be an email address or an http(s) URL, such as help@example.org or https://example.org/contact',
    ),
});

/** Who runs this instance, for /about and /privacy; null where the operator has not said (the pages then call it an unconfigured demo). */
export interface InstanceInfo {
  name: string | null; // INSTANCE_NAME: one line, at most 100 characters, shown as text
  contact: { type: 'email' | 'url'; value: string } | null; // INSTANCE_CONTACT
}

/** What the pages show when INSTANCE_NAME and INSTANCE_CONTACT are unset. */
export const UNCONFIGURED_INSTANCE: InstanceInfo = { name: null, contact: null };

function instanceContact(value: string): InstanceInfo['contact'] {
  if (z.email().safeParse(value).success) return { type: 'email', value };
  return /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value) ? { type: 'url', value } : null;
}

function wholeNumber(min: number, max: number) {
  return z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/** The validated configuration the app runs with. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined; // undefined: embedded PGlite in dataDir
  readDatabaseUrls: string[]; // DATABASE_READ_URL: replicas for public reads (server/db/read-replicas.ts); [] for none
  replicaMaxLagMs: number; // a replica further behind gets no reads
  replicaCheckIntervalMs: number; // how often each replica is asked whether it answers and how far it lags
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  cursorSecret: string; // signs search cursors; random per process when CURSOR_SECRET is unset
  seedOnStart: 'none' | 'national' | 'demo'; // what to seed into an empty database
  dbPoolSize: number;
  dbTimeouts: DatabaseTimeouts; // PostgreSQL only: connect (or wait for a pooled connection), and each statement
  shutdownTimeoutMs: number; // how long in-flight requests may take after SIGTERM
  requestTimeoutMs: number; // how long a client may take to send a whole request (headers and body); then 408
  tiles: TileConfig; // the map's background tiles, handed to the client and allowed by the CSP
  trustProxy: TrustProxySetting; // Express 'trust proxy': false unless TRUST_PROXY says which proxies to believe
  loginThrottle: LoginThrottlePolicy; // moderator sign-in: when answers slow down and when they are refused
  moderatorSession: SessionPolicy; // how long a moderator stays signed in
  abuseLimits: AbuseLimits; // per client address: submissions (and edit-link changes), reports
  httpCache: HttpCachePolicy; // how long browsers and caches may reuse a public read
  instance: InstanceInfo; // who runs this copy, for the About and privacy pages
}

/** Express's 'trust proxy' value: false (the socket's address is the client), true (believe any), hop count, or a list. */
export type TrustProxySetting = boolean | number | string;

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
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URL.length > 0 && !e.DATABASE_URL)
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_READ_URL: needs DATABASE_URL: read replicas follow a PostgreSQL primary, and the embedded database has none. Set DATABASE_URL or unset DATABASE_READ_URL.',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    readDatabaseUrls: e.DATABASE_READ_URL,
    replicaMaxLagMs: e.REPLICA_MAX_LAG_MS,
    replicaCheckIntervalMs: e.REPLICA_CHECK_INTERVAL_MS,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    cursorSecret: e.CURSOR_SECRET ?? randomBytes(32).toString('hex'),
    seedOnStart: e.SEED_ON_START,
    dbPoolSize: e.DB_POOL_SIZE,
    dbTimeouts: { connectMs: e.DB_CONNECT_TIMEOUT_MS, statementMs: e.DB_STATEMENT_TIMEOUT_MS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    tiles: { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION, imageSource: tileImageSource(e.TILE_URL) },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    loginThrottle: {
      ...DEFAULT_LOGIN_THROTTLE,
      windowMs: e.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000,
      slowdownAfter: e.LOGIN_SLOWDOWN_AFTER,
      slowdownMs: e.LOGIN_SLOWDOWN_MS,
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
    moderatorSession: {
      lifetimeMs: e.MODERATOR_SESSION_HOURS * 3_600_000,
      idleMs: e.MODERATOR_SESSION_IDLE_MINUTES * 60_000,
    },
    abuseLimits: {
      submissions: { limit: e.SUBMISSIONS_PER_HOUR, windowMs: 3_600_000 },
      reports: { limit: e.REPORTS_PER_HOUR, windowMs: 3_600_000 },
    },
    httpCache: { maxAgeSeconds: e.CACHE_MAX_AGE_SECONDS, staleSeconds: e.CACHE_STALE_SECONDS },
    instance: {
      name: e.INSTANCE_NAME ?? null,
      contact: e.INSTANCE_CONTACT === undefined ? null : instanceContact(e.INSTANCE_CONTACT),
    },
  };
}

/** The default tile settings (what an empty environment gives). */
export const DEFAULT_TILE_CONFIG: TileConfig = {
  url: DEFAULT_TILE_URL,
  attribution: DEFAULT_TILE_ATTRIBUTION,
  imageSource: tileImageSource(DEFAULT_TILE_URL),
};

// Leaflet fills {s} with a subdomain letter, {r} with "@2x" on retina screens.
const sampleTileUrl = (template: string) =>
  template
    .replace(/\{s\}/g, 'a')
    .replace(/\{[xyz]\}/g, '0')
    .replace(/\{r\}/g, '');

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

const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

// Each entry of a list is a name Express knows, an address, or an address/prefix-length subnet.
function isTrustProxyValue(value: string): boolean {
  if (/^(true|false|\d+)$/i.test(value)) return true;
  return value.split(',').every((entry) => {
    const [address = '', prefix, extra] = entry.trim().split('/');
    if (extra !== undefined) return false;
    if (prefix === undefined) return TRUST_PROXY_NAMES.has(address) || isIP(address) !== 0;
    return isIP(address) !== 0 && /^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128);
  });
}

/** TRUST_PROXY as Express takes it: unset or "false" is false, "true" true, digits a hop count, anything else the list. */
export function parseTrustProxy(value: string | undefined): TrustProxySetting {
  if (value === undefined || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((entry) => entry.trim())
    .join(',');
}
