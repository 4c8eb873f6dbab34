// Configuration, read from the environment once at start-up and validated.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

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
  };
}
