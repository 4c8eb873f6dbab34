// The language an import command writes in: --lang es (or --lang=es), else the environment's (LC_ALL, LC_MESSAGES,
// LANG), else English. Read before the arguments are parsed, so even a usage mistake is reported in Spanish.
import type { MessageLocale } from '../../http/validate';

/** Spanish with --lang es, or when the environment's language is Spanish; English otherwise. */
export function importLocale(argv: readonly string[], env: NodeJS.ProcessEnv): MessageLocale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (flag) return flag.toLowerCase().startsWith('es') ? 'es' : 'en';
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('es') ? 'es' : 'en';
}
