// npm/cli#4828: a lockfile regenerated with node_modules present can lose other platforms' optional packages, and
// `npm ci` on those platforms then installs @node-rs/argon2 without its binary. Keep every platform in the lockfile.
import { readFileSync } from 'node:fs';
import path from 'node:path';

test('package-lock.json lists @node-rs/argon2 binaries for Linux (glibc and musl), macOS and Windows', () => {
  const lock = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  for (const platform of [
    'linux-x64-gnu',
    'linux-x64-musl',
    'linux-arm64-gnu',
    'linux-arm64-musl',
    'darwin-x64',
    'darwin-arm64',
    'win32-x64-msvc',
  ]) {
    expect(lock.packages).toHaveProperty([`node_modules/@node-rs/argon2-${platform}`]);
  }
});
