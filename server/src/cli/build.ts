// Compiles the server for production (pnpm build): esbuild bundles the start command
// (seed/src/start.ts: the server's start with the seed as its seeder) with the workspace packages
// (@netzwerkatlas/server, @netzwerkatlas/seed, @netzwerkatlas/cypher, TypeScript sources) inlined
// into server/dist/index.js, which plain `node` runs without tsx. npm packages stay external and
// resolve from server/node_modules at run time, so each must be a dependency of the server (the
// seed's @faker-js/faker too).
//
// Files read at run time (cypher/**/*.cypher, server/neo4j-local, web/dist) stay where they are
// in the repository: each inlined module's `import.meta.url` is rewritten to its source file's
// URL relative to the bundle, so paths derived from it (repoRoot, the cypher folder) are the same
// as when the sources run through tsx.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from '../config.js';

const serverDir = resolve(repoRoot, 'server');
const outfile = resolve(serverDir, 'dist/index.js');
const outdir = resolve(serverDir, 'dist');
const dependencies = Object.keys(
  (JSON.parse(readFileSync(resolve(serverDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Workspace packages are bundled; every other bare import stays external and must be a server dependency. */
function externalPackages(missing: Set<string>): Plugin {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || args.path.startsWith('@netzwerkatlas/')) return undefined;
        const name = packageOf(args.path);
        if (!dependencies.includes(name)) missing.add(`${name} (imported by ${relative(repoRoot, args.importer)})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Keeps `import.meta.url` of every inlined source file pointing at that source file. */
const sourceImportMetaUrl: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, args.path).split(sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

const t0 = performance.now();
const missing = new Set<string>();
const result = await build({
  entryPoints: [resolve(repoRoot, 'seed/src/start.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Unminified, so that stack traces in the logs stay readable without source maps.
  minify: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages(missing), sourceImportMetaUrl],
});
if (missing.size > 0) {
  console.error(
    `build: add to server/package.json dependencies (the compiled server resolves them from there):\n  ${[...missing].join('\n  ')}`,
  );
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
const inputs = Object.keys(result.metafile.inputs).length;
console.log(
  `build: ${relative(repoRoot, outfile)} (${(bytes / 1024).toFixed(0)} kB from ${inputs} sources) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
