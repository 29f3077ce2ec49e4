/**
 * TLS settings shared by the policy fetch and the STARTTLS probe: the trust
 * store, the protocol floor, and reading the peer certificate into plain
 * facts. Chain and name checks are kept apart: Node checks the chain, and the
 * core checks the name, because Node falls back to the subject CN, which
 * RFC 8461 §3.3 does not allow.
 */

import { readFile } from 'node:fs/promises';
import tls from 'node:tls';

import { dnsNamesOf, type CertificateFacts } from '../../core/live/certificate.js';
import { InputError } from '../errors.js';
import { describeFsError } from '../workspace.js';

/** Reads `--ca-file` PEM files and returns the trust store to use: Node's roots plus those. */
export async function loadTrustStore(files: readonly string[]): Promise<string[] | undefined> {
  if (files.length === 0) return undefined;
  const extra: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read --ca-file \`${file}\`: ${describeFsError(error)}`, { cause: error });
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!blocks) throw new InputError(`--ca-file \`${file}\` contains no PEM certificate (\`-----BEGIN CERTIFICATE-----\`); give the CA certificate in PEM form`);
    extra.push(...blocks);
  }
  return [...tls.rootCertificates, ...extra];
}

const contexts = new WeakMap<string[], tls.SecureContext>();
let defaultContext: tls.SecureContext | undefined;

/**
 * Returns one TLS context per trust store, built on first use. Building a
 * context parses every CA certificate, about 20 ms for Node's roots plus a
 * `--ca-file`, so a context per connection would dominate a run over many
 * domains.
 */
function secureContextFor(ca: string[] | undefined): tls.SecureContext {
  if (!ca) {
    defaultContext ??= tls.createSecureContext({ minVersion: 'TLSv1.2' });
    return defaultContext;
  }
  let context = contexts.get(ca);
  if (!context) {
    context = tls.createSecureContext({ ca, minVersion: 'TLSv1.2' });
    contexts.set(ca, context);
  }
  return context;
}

/** Returns the options that every TLS connection of the checks uses. */
export function tlsOptions(servername: string, ca: string[] | undefined): tls.ConnectionOptions {
  return {
    servername,
    // The context carries the trust store and the TLS 1.2 floor.
    secureContext: secureContextFor(ca),
    // The chain error is read from the socket instead, so that an invalid certificate is still described in full.
    rejectUnauthorized: false,
    checkServerIdentity: () => undefined,
  };
}

export function certificateFacts(socket: tls.TLSSocket): CertificateFacts | null {
  const peer = socket.getPeerCertificate(true);
  if (!peer || Object.keys(peer).length === 0) return null;

  const subjectCn = firstValue(peer.subject?.CN);
  const issuerCn = firstValue(peer.issuer?.CN) ?? firstValue(peer.issuer?.O);
  const chainCode = socket.authorized ? null : String(socket.authorizationError ?? 'UNKNOWN');
  // A self-signed leaf lists itself as its issuer certificate.
  const selfSigned = peer.issuerCertificate === peer || (peer.fingerprint256 !== undefined && peer.issuerCertificate?.fingerprint256 === peer.fingerprint256 && peer.subject?.CN === peer.issuer?.CN);
  return {
    dnsNames: dnsNamesOf(peer.subjectaltname),
    commonName: subjectCn,
    issuer: issuerCn,
    validFrom: new Date(peer.valid_from).toISOString(),
    validTo: new Date(peer.valid_to).toISOString(),
    selfSigned,
    chainError: chainCode ? { code: chainCode, message: describeChainCode(chainCode) } : null,
    protocol: socket.getProtocol() ?? null,
  };
}

function firstValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

function describeChainCode(code: string): string {
  const known: Record<string, string> = {
    CERT_HAS_EXPIRED: 'the certificate has expired',
    CERT_NOT_YET_VALID: 'the certificate is not valid yet',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed root that is not trusted',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer is not in the trust store',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the issuer is not trusted, or the server does not send the intermediate certificate',
  };
  return known[code] ?? code;
}

/** Shortens an OpenSSL error line (`...:SSL routines:func:reason:file:line:...`) to its reason. */
export function opensslReason(message: string): string {
  const reason = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1];
  return reason ?? message.trim();
}
