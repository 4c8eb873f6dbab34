// Where an error belongs: the API names a field by its path (listing.phones.0.number); the form's
// fields and groups carry the paths they hold, and the error goes to the deepest one that contains it.

/** The path among `paths` that holds `parameter` (equal, or the nearest enclosing one), or null. */
export function fieldForParameter(parameter: string, paths: readonly string[]): string | null {
  let best: string | null = null;
  for (const path of paths) {
    const holds = parameter === path || parameter.startsWith(`${path}.`);
    if (holds && (best === null || path.length > best.length)) best = path;
  }
  return best;
}

/** One message per field: problems grouped by the field that holds them, in the order of `paths` (the page order); the rest after. */
export function groupProblems<P extends { parameter: string; message: string }>(
  problems: readonly P[],
  paths: readonly string[],
): Array<{ path: string | null; messages: string[] }> {
  const byPath = new Map<string | null, string[]>();
  for (const problem of problems) {
    const path = fieldForParameter(problem.parameter, paths);
    const messages = byPath.get(path) ?? [];
    // A message about a part of the field ("en: too short") keeps the part's name for the reader.
    const part =
      path && problem.parameter !== path ? problem.parameter.slice(path.length + 1) : path ? '' : problem.parameter;
    const text = part ? `${part}: ${problem.message}` : problem.message;
    if (!messages.includes(text)) messages.push(text);
    byPath.set(path, messages);
  }
  const order = (path: string | null) => (path === null ? paths.length : paths.indexOf(path));
  return [...byPath.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([path, messages]) => ({ path, messages }));
}
