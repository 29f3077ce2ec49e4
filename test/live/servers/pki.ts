/**
 * A certificate authority made fresh for each test run, which issues the
 * server certificates of the HTTPS and SMTP test servers. Clients trust it by
 * passing `caPem` as the `ca` option of node:tls or node:https, so no
 * certificate has to be kept in the repository.
 */

import { generateKeyPairSync, randomBytes } from 'node:crypto';

import forge from 'node-forge';

export interface IssueOptions {
  /** DNS names for the subjectAltName extension. Without names and IP addresses the certificate has no such extension and only a common name. */
  names?: string[];
  /** IP addresses for the subjectAltName extension. */
  ipAddresses?: string[];
  /** The subject common name, `names[0]` unless given. */
  commonName?: string;
  /** Start of the validity period, one day ago unless given. */
  notBefore?: Date;
  /** End of the validity period, 90 days from now unless given. */
  notAfter?: Date;
  /** When true, the certificate is signed with its own key and names itself as issuer instead of the test CA. */
  selfSigned?: boolean;
}

export interface IssuedCertificate {
  /** The certificate in PEM format. */
  cert: string;
  /** The private key of the certificate in PEM format. */
  key: string;
}

export interface TestPki {
  /** The root CA certificate in PEM format. */
  caPem: string;
  issue(options: IssueOptions): IssuedCertificate;
}

export const TEST_CA_NAME = 'mta-sts-guard test CA';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates the CA and one key pair that every issued certificate shares,
 * because generating a 2048-bit RSA key takes far longer than signing a
 * certificate. node:crypto generates the keys and node-forge builds and signs
 * the certificates.
 */
export function createTestPki(): TestPki {
  const caKeys = generateRsaKeys();
  const leafKeys = generateRsaKeys();

  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = randomSerialNumber();
  ca.validity.notBefore = new Date(Date.now() - DAY_MS);
  ca.validity.notAfter = new Date(Date.now() + 365 * DAY_MS);
  const caName = [{ name: 'commonName', value: TEST_CA_NAME }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', critical: true, cA: true },
    { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());
  const caKeyIdentifier = ca.generateSubjectKeyIdentifier().getBytes();

  const issue = (options: IssueOptions): IssuedCertificate => {
    const names = options.names ?? [];
    const ipAddresses = options.ipAddresses ?? [];
    const commonName = options.commonName ?? names[0];
    const selfSigned = options.selfSigned === true;

    const cert = forge.pki.createCertificate();
    cert.publicKey = leafKeys.publicKey;
    cert.serialNumber = randomSerialNumber();
    cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
    cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 90 * DAY_MS);
    const subject = commonName === undefined ? [] : [{ name: 'commonName', value: commonName }];
    cert.setSubject(subject);
    cert.setIssuer(selfSigned ? subject : ca.subject.attributes);

    const extensions: object[] = [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectKeyIdentifier' },
      // `keyIdentifier: true` makes node-forge take the identifier of the certificate's own key.
      { name: 'authorityKeyIdentifier', keyIdentifier: selfSigned ? true : caKeyIdentifier },
    ];
    if (names.length > 0 || ipAddresses.length > 0) {
      const altNames = [...names.map((value) => ({ type: 2, value })), ...ipAddresses.map((ip) => ({ type: 7, ip }))];
      extensions.push({ name: 'subjectAltName', altNames });
    }
    cert.setExtensions(extensions);

    cert.sign(selfSigned ? leafKeys.privateKey : caKeys.privateKey, forge.md.sha256.create());
    return { cert: forge.pki.certificateToPem(cert), key: leafKeys.privateKeyPem };
  };

  return { caPem: forge.pki.certificateToPem(ca), issue };
}

function generateRsaKeys(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    privateKeyPem: privateKey,
  };
}

/**
 * Returns a random 16-byte serial number in hex. RFC 5280 requires a positive
 * serial, and DER encodes it as a signed integer in the fewest bytes, so the
 * first byte is kept from 0x01 to 0x7f.
 */
function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return bytes.toString('hex');
}
