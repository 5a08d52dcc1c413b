#!/usr/bin/env node
'use strict';
// The `satudata` command. The CLI is built by `npm run build` (run by `prepare` on install).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '..', 'out', 'node', 'satudata.cjs');
if (!existsSync(bundle)) {
  process.stderr.write(
    'Galat: satudata belum dibangun. Jalankan "npm run build" di folder proyek.\n' +
      'Error: satudata is not built yet. Run "npm run build" in the project folder.\n',
  );
  process.exit(2);
}
require(bundle);
