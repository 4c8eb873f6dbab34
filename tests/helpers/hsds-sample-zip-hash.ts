// Prints the SHA-256 of the sample services' datapackage zip: the byte-identity test runs it under several TZs,
// which a test process cannot change for itself (Jest gives each test file its own copy of process.env).
import { createHash } from 'node:crypto';
import { collectHsdsRows, zipHsdsPackageBytes } from '../../server/exchange/hsds-package/hsds-package-files';
import { SAMPLE_SERVICES, TAXONOMY, TERMS } from './hsds-sample-services';

void (async () => {
  const rows = await collectHsdsRows({ services: SAMPLE_SERVICES, taxonomies: [TAXONOMY], terms: TERMS });
  process.stdout.write(
    createHash('sha256')
      .update(await zipHsdsPackageBytes(rows))
      .digest('hex'),
  );
})();
