// A real Keycloak for the sign-in tests, without Docker: `org.keycloak:keycloak-quarkus-dist`
// from Maven Central (fetched once into server/keycloak/download/, unpacked into
// server/keycloak/dist/, both ignored by git), run with `start-dev` on 127.0.0.1 under a Java
// 21+ JDK (JAVA_HOME for this process only; Neo4j stays on its own Java), importing the
// committed demo realm (server/keycloak/netzwerkatlas-realm.json). Stopped by its process group.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';

export const KEYCLOAK_VERSION = '26.7.3';
const root = resolve(repoRoot, 'server/keycloak');
const zip = join(root, 'download', `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
const home = join(root, 'dist', `keycloak-${KEYCLOAK_VERSION}`);

/** A JDK of version 21 or newer: KEYCLOAK_JAVA_HOME, else the newest under /usr/lib/jvm that fits. */
export function keycloakJavaHome(): string | null {
  const candidates = [
    process.env.KEYCLOAK_JAVA_HOME,
    ...(existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)) : []),
  ].filter((d): d is string => !!d && existsSync(join(d, 'bin/java')));
  const versioned = candidates
    .map((dir) => {
      const out = spawnSync(join(dir, 'bin/java'), ['-version'], { encoding: 'utf8' });
      const major = Number(/version "(\d+)/.exec(`${out.stderr}${out.stdout}`)?.[1] ?? 0);
      return { dir, major };
    })
    .filter((j) => j.major >= 21)
    .sort((a, b) => b.major - a.major);
  return versioned[0]?.dir ?? null;
}

/** Fetches and unpacks Keycloak once; returns its folder. */
export function ensureKeycloak(javaHome: string, log: (line: string) => void = () => undefined): string {
  if (existsSync(join(home, 'bin/kc.sh'))) return home;
  if (!existsSync(zip)) {
    log(`keycloak: fetching keycloak-quarkus-dist ${KEYCLOAK_VERSION} from Maven Central (once, 177 MB) …`);
    const fetched = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        'dependency:copy',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`,
        `-DoutputDirectory=${join(root, 'download')}`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (fetched.status !== 0) throw new Error(`keycloak: mvn dependency:copy failed:\n${fetched.stdout}${fetched.stderr}`);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  const unpacked = spawnSync(join(javaHome, 'bin/jar'), ['xf', zip], { cwd: join(root, 'dist'), encoding: 'utf8' });
  if (unpacked.status !== 0) throw new Error(`keycloak: unpacking failed: ${unpacked.stderr}`);
  spawnSync('chmod', ['+x', join(home, 'bin/kc.sh')]);
  return home;
}

export interface KeycloakLocal {
  url: string;
  issuer: string;
  /** Seconds from the start command to an answering discovery document. */
  startSeconds: number;
  output: string[];
  stop(): Promise<void>;
}

/** Starts Keycloak (start-dev, its own fresh data) with the demo realm; resolves once the realm answers. */
export async function startKeycloak(port: number, log: (line: string) => void = () => undefined): Promise<KeycloakLocal> {
  const javaHome = keycloakJavaHome();
  if (!javaHome) throw new Error('keycloak: needs a JDK 21 or newer (none under /usr/lib/jvm; set KEYCLOAK_JAVA_HOME)');
  const dir = ensureKeycloak(javaHome, log);
  // A fresh store each run: the realm import then always holds the committed accounts.
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data/import'), { recursive: true });
  copyFileSync(join(root, 'netzwerkatlas-realm.json'), join(dir, 'data/import/netzwerkatlas-realm.json'));
  const started = performance.now();
  const child: ChildProcess = spawn(
    join(dir, 'bin/kc.sh'),
    ['start-dev', '--http-port', String(port), '--http-host', '127.0.0.1', '--import-realm', '--hostname-strict=false'],
    {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: `${join(javaHome, 'bin')}:${process.env.PATH ?? ''}`,
        JAVA_HOME: javaHome,
        KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
        KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
        // A small heap for a 2-core, shared machine.
        JAVA_OPTS_KC_HEAP: '-Xms128m -Xmx512m',
      },
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const issuer = `${url}/realms/netzwerkatlas`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const killed = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`keycloak exited with ${child.exitCode}:\n${output.join('').slice(-4000)}`);
    const ready = await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => null);
    if (ready?.status === 200) {
      const startSeconds = (performance.now() - started) / 1000;
      log(`keycloak: ready at ${url} after ${startSeconds.toFixed(1)} s`);
      return { url, issuer, startSeconds, output, stop };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`keycloak: no answer within 240 s:\n${output.join('').slice(-4000)}`);
}

/** Points the realm's client at a test server (its redirect and post-logout URIs), through the admin API. */
export async function allowRedirects(keycloak: KeycloakLocal, base: string): Promise<void> {
  const token = await fetch(`${keycloak.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const headers = { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' };
  const admin = `${keycloak.url}/admin/realms/netzwerkatlas/clients`;
  const [client] = (await fetch(`${admin}?clientId=netzwerkatlas`, { headers }).then((r) => r.json())) as Record<string, any>[];
  if (!client) throw new Error('keycloak: the realm has no client netzwerkatlas');
  client.redirectUris = [...client.redirectUris, `${base}/auth/callback`];
  client.attributes = { ...client.attributes, 'post.logout.redirect.uris': `${client.attributes['post.logout.redirect.uris']}##${base}/` };
  const updated = await fetch(`${admin}/${client.id}`, { method: 'PUT', headers, body: JSON.stringify(client) });
  if (!updated.ok) throw new Error(`keycloak: updating the client failed: ${updated.status}`);
}
