// The demo identity provider that `pnpm start` serves when OIDC_ISSUER is unset: oidc-provider
// (OpenID Certified) mounted on our own origin under /idp, with one account per Beispieldaten
// person and a login page that lists them (pages.ts). Never in production (config.ts refuses to
// start without OIDC_ISSUER there). One process only: its grants and sessions live in memory
// (oidc-provider's memory adapter), its keys in IDP_DATA_DIR.
//
// Tokens it issues: an ID token with `email`, `email_verified` and `name`; and a JWT access
// token for this API (audience OIDC_AUDIENCE) carrying the same three claims, as Keycloak's do.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { logger } from '../../logger.js';
import type { DemoAccount } from './accounts.js';
import { loadOrCreateSecrets } from './keys.js';
import { loginPage, logoutPage, messagePage, PAGE_CSP } from './pages.js';

export const IDP_PATH = '/idp';
/** The client of `pnpm token` (server/src/cli/token.ts): a native app, PKCE, no secret. */
export const CLI_CLIENT_ID = 'netzwerkatlas-cli';
export const CLI_REDIRECT_URI = 'http://127.0.0.1/callback';

export interface EmbeddedProviderOptions {
  /** This server's public origin; the issuer is `${publicUrl}/idp`. */
  publicUrl: string;
  dataDir: string;
  clientId: string;
  clientSecret?: string;
  audience: string;
  trustProxy: boolean;
  /** The invented persons to offer (the seed's demo accounts). */
  accounts: () => DemoAccount[];
}

export interface EmbeddedProvider {
  issuer: string;
  /** Answers a request under /idp (the path as received). */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
}

const SCOPE = 'openid email profile';

function claimsOf(account: DemoAccount) {
  return {
    sub: account.subject,
    email: account.email,
    email_verified: true,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
  };
}

async function readForm(req: IncomingMessage, maxBytes = 16 * 1024): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP });
  res.end(html);
}

export async function createEmbeddedProvider(options: EmbeddedProviderOptions): Promise<EmbeddedProvider> {
  // Imported here, not at the top: the bundle of `pnpm build` keeps it out of production's start.
  const { default: Provider, errors: providerErrors } = await import('oidc-provider');
  const issuer = `${options.publicUrl}${IDP_PATH}`;
  const resource = `${options.publicUrl}/graphql`;
  const secrets = await loadOrCreateSecrets(options.dataDir);
  const accounts = options.accounts();
  const bySubject = new Map(accounts.map((a) => [a.subject, a]));

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientSecret
          ? { client_secret: options.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
          : { token_endpoint_auth_method: 'none' }),
        client_name: 'Netzwerkatlas',
        redirect_uris: [`${options.publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${options.publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: CLI_CLIENT_ID,
        client_name: 'Netzwerkatlas (pnpm token)',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: [CLI_REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: secrets.signingKeys as NonNullable<Configuration['jwks']>['keys'] },
    cookies: { keys: secrets.cookieKeys },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
    // The ID token carries the scopes' claims itself: the access token is for this API, not userinfo.
    conformIdTokenClaims: false,
    scopes: SCOPE.split(' '),
    pkce: { required: () => true },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
    interactions: { url: (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = bySubject.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => claimsOf(account) };
    },
    // Every client here is our own: no consent screen, the grant covers the scopes and the API.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client?.clientId ?? '');
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      if (!oidc.session?.accountId || !oidc.client) return undefined;
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(SCOPE);
      grant.addResourceScope(resource, 'api');
      await grant.save();
      return grant;
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const account = bySubject.get(token.accountId);
      if (!account) return undefined;
      const { email, email_verified, name } = claimsOf(account);
      return { email, email_verified, name };
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          if (indicator !== resource) throw new providerErrors.InvalidTarget();
          return {
            scope: 'api',
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.set('content-security-policy', PAGE_CSP);
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.set('content-security-policy', PAGE_CSP);
          ctx.type = 'html';
          ctx.body = messagePage('Abgemeldet', 'Sie sind bei der Demo-Anmeldung abgemeldet.');
        },
      },
    },
    renderError(ctx, out) {
      ctx.set('content-security-policy', PAGE_CSP);
      ctx.type = 'html';
      ctx.body = messagePage('Anmeldung nicht möglich', `${out.error}: ${out.error_description ?? ''}`);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = options.trustProxy;
  provider.on('server_error', (_ctx: unknown, err: Error) => logger.error({ err: err.message }, 'demo provider: server error'));
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) {
    let details: Awaited<ReturnType<typeof provider.interactionDetails>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return sendHtml(
        res,
        400,
        messagePage(
          'Anmeldung abgelaufen',
          'Diese Anmeldung ist abgelaufen oder wurde in einem anderen Browser begonnen. Bitte erneut anmelden.',
        ),
      );
    }
    if (details.uid !== uid) return sendHtml(res, 400, messagePage('Anmeldung abgelaufen', 'Bitte erneut anmelden.'));
    if (req.method === 'GET' && action === undefined) {
      if (details.prompt.name === 'login') return sendHtml(res, 200, loginPage(`${IDP_PATH}/interaction/${uid}`, accounts));
      // Consent (oidc-provider asks it of native clients every time): our own clients are granted.
      const grant =
        (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
        new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(SCOPE);
      grant.addResourceScope(resource, 'api');
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    if (req.method !== 'POST') return sendHtml(res, 405, messagePage('Nicht erlaubt', 'Bitte das Formular benutzen.'));
    const form = await readForm(req);
    if (form.get('abort')) {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Anmeldung abgebrochen' },
        { mergeWithLastSubmission: false },
      );
    }
    const account = bySubject.get(form.get('account') ?? '');
    if (!account) return sendHtml(res, 400, messagePage('Unbekannte Person', 'Bitte eine Person aus der Liste wählen.'));
    return provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
  }

  return {
    issuer,
    async handle(req, res, path) {
      const match = /^\/idp\/interaction\/([\w-]{1,64})$/.exec(path);
      if (match?.[1]) return interaction(req, res, match[1], undefined);
      // oidc-provider sees its own paths; the part before is its mount path (how it builds its URLs).
      const original = req.url ?? '/';
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = original;
      req.url = original.slice(IDP_PATH.length) || '/';
      await callback(req, res);
    },
  };
}
