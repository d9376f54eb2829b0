#!/usr/bin/env node
/**
 * Builds @cellmesh/client as a package a game backend installs (issue 21), without changing the
 * workspace package (whose `main` stays src/index.ts for the monorepo's tsx/jest/tsc):
 *
 *   libs/client/dist/package/
 *     package.json        name, version, CJS + ESM entry points, types, third-party dependencies
 *     dist/index.cjs      one bundle: the client plus the workspace libs it uses (contracts, bus,
 *     dist/index.mjs      telemetry, leases, config, leader-core); third-party packages stay external
 *     types/…             tsc declarations of those libs, '@cellmesh/*' specifiers made relative
 *     README.md
 *   libs/client/dist/cellmesh-client-<version>.tgz   (npm pack of the folder above)
 *
 * Usage: node libs/client/scripts/build-package.mjs [--out <dir>]   (prints the tarball's path last)
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const clientDir = join(here, '..');
const repoRoot = join(clientDir, '..', '..');
const libsDir = join(repoRoot, 'libs');
// --out <dir>: build somewhere else (the packed-client test builds outside the repository).
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? process.argv[outFlag + 1] : join(clientDir, 'dist');
const pkgDir = join(outDir, 'package');
const requireFromRoot = createRequire(join(repoRoot, 'package.json'));
const clientPkg = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(pkgDir, 'dist'), { recursive: true });

/** The package name of a bare specifier: '@scope/name/sub' → '@scope/name', 'name/sub' → 'name'. */
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/**
 * Node's ESM loader needs the file extension of a subpath into a package without an `exports` map
 * ('protobufjs/minimal' → 'protobufjs/minimal.js', what the generated protobuf code imports); CJS
 * resolves both, so both bundles use the explicit form.
 */
function esmSafeSpecifier(spec) {
  const name = packageOf(spec);
  const subpath = spec.slice(name.length);
  if (!subpath || /\.[cm]?js$/.test(subpath)) return spec;
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'));
  return pkg.exports ? spec : `${spec}.js`;
}

// Workspace libs are bundled; every other bare import stays external and becomes a dependency.
const externals = new Set();
const workspaceAndExternals = {
  name: 'cellmesh-workspace',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@cellmesh/') || args.path.startsWith('node:')) return undefined;
      return { path: esmSafeSpecifier(args.path), external: true };
    });
    // The telemetry lib's index re-exports its metrics and ops server (prom-client, node:http); its
    // modules only define things, so what the client does not use is dropped with its imports.
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith('node:')) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      if (resolved.errors.length > 0 || resolved.external) return resolved;
      const inTelemetry = resolved.path.startsWith(join(libsDir, 'telemetry', 'src') + sep);
      return { ...resolved, sideEffects: inTelemetry ? false : resolved.sideEffects };
    });
  },
};

const common = {
  entryPoints: [join(clientDir, 'src', 'index.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [workspaceAndExternals],
  tsconfig: join(clientDir, 'tsconfig.json'),
};
const cjs = await build({ ...common, format: 'cjs', outfile: join(pkgDir, 'dist', 'index.cjs'), metafile: true });
// What the bundle still imports after tree-shaking (the telemetry index's metrics and logger are gone).
for (const output of Object.values(cjs.metafile.outputs)) {
  for (const imp of output.imports) if (imp.external && !imp.path.startsWith('node:')) externals.add(packageOf(imp.path));
}
// The generated protobuf code is CommonJS (require('protobufjs/minimal')): give the ESM bundle a require.
await build({
  ...common,
  format: 'esm',
  outfile: join(pkgDir, 'dist', 'index.mjs'),
  banner: { js: "import { createRequire as __cellmeshCreateRequire } from 'node:module';\nconst require = __cellmeshCreateRequire(import.meta.url);" },
});

// Declarations: tsc over the client's entry, following the workspace symlinks into libs/*/src.
const typesTmp = join(outDir, 'types-tmp');
const tsconfigPath = join(outDir, 'tsconfig.types.json');
writeFileSync(tsconfigPath, JSON.stringify({
  extends: join(repoRoot, 'tsconfig.base.json'),
  // paths: resolve the workspace libs as sources, not through node_modules (tsc emits nothing for those).
  compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: libsDir, outDir: typesTmp, types: ['node'], typeRoots: [join(repoRoot, 'node_modules', '@types')], noUnusedLocals: false, noUnusedParameters: false, paths: { '@cellmesh/*': [join(libsDir, '*', 'src', 'index.ts')] } },
  files: [join(clientDir, 'src', 'index.ts')],
}, null, 2));
execFileSync(process.execPath, [requireFromRoot.resolve('typescript/bin/tsc'), '-p', tsconfigPath], { stdio: 'inherit' });
// Hand-written or generated .d.ts inputs are not emitted by tsc: copy them beside their modules.
const copyDts = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyDts(path);
    else if (name.endsWith('.d.ts')) {
      const target = join(typesTmp, relative(libsDir, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
};
for (const lib of readdirSync(typesTmp)) if (existsSync(join(libsDir, lib, 'src'))) copyDts(join(libsDir, lib, 'src'));

// '@cellmesh/<lib>' → a relative path to that lib's emitted index; third-party specifiers stay.
const typesDir = join(pkgDir, 'types');
const typeExternals = new Set();
const rewrite = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      rewrite(path);
      continue;
    }
    const text = readFileSync(path, 'utf8').replace(/(from\s+|import\(\s*|require\(\s*)(['"])@cellmesh\/([a-z0-9-]+)\2/g, (_m, lead, quote, lib) => {
      let rel = relative(dirname(path), join(typesTmp, lib, 'src', 'index')).split(sep).join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${lead}${quote}${rel}${quote}`;
    });
    for (const m of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"]([^'"./][^'"]*)['"]/g)) if (!m[1].startsWith('node:')) typeExternals.add(packageOf(m[1]));
    writeFileSync(path, text);
  }
};
rewrite(typesTmp);
cpSync(typesTmp, typesDir, { recursive: true });
rmSync(typesTmp, { recursive: true, force: true });
rmSync(tsconfigPath);

// Dependencies: what the bundle and the declarations import, at the versions this repo tested with.
const versionOf = (name) => JSON.parse(readFileSync(requireFromRoot.resolve(`${name}/package.json`, { paths: [repoRoot] }), 'utf8')).version;
const dependencies = {};
for (const name of [...externals, ...typeExternals].sort()) {
  if (name === '@types/node') continue;
  try {
    dependencies[name] = versionOf(name);
  } catch {
    // Packages whose exports hide package.json: read it from node_modules directly.
    dependencies[name] = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  }
}
const rootPkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const typesEntry = './types/client/src/index.d.ts';
writeFileSync(join(pkgDir, 'package.json'), `${JSON.stringify({
  name: clientPkg.name,
  version: clientPkg.version,
  description: 'Client of the cellmesh compute fabric for game backends: submit tasks, await placement receipts and results, commit room state.',
  license: rootPkg.license ?? 'UNLICENSED',
  main: './dist/index.cjs',
  module: './dist/index.mjs',
  types: typesEntry,
  exports: { '.': { types: typesEntry, import: './dist/index.mjs', require: './dist/index.cjs' }, './package.json': './package.json' },
  files: ['dist', 'types', 'README.md'],
  engines: { node: '>=20.6' },
  sideEffects: false,
  dependencies,
}, null, 2)}\n`);
cpSync(join(clientDir, 'README.md'), join(pkgDir, 'README.md'));

const packed = execFileSync('npm', ['pack', pkgDir, '--pack-destination', outDir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
process.stdout.write(`${join(outDir, packed)}\n`);
