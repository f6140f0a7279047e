#!/usr/bin/env node
// The waymark command line. Needs Node 22 or newer (the SQLCipher module crashes on older Node).
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(`waymark: Node ${process.versions.node} is too old; Waymark needs Node 22 or newer.\n`);
  process.exit(1);
}
const { existsSync } = await import('node:fs');
const built = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('waymark: the command line is not built yet. Run "npm run build" first.\n');
  process.exit(1);
}
const { main } = await import(built.href);
await main();
