export const id = 843;
export const ids = [843];
export const modules = {

/***/ 7843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSPECT_HELP: () => (/* binding */ INSPECT_HELP),
  checkLive: () => (/* binding */ checkLive),
  formatLiveBlock: () => (/* binding */ formatLiveBlock),
  liveOptionsFrom: () => (/* reexport */ liveOptionsFrom),
  progressTo: () => (/* binding */ progressTo),
  renderLive: () => (/* binding */ renderLive),
  runInspect: () => (/* binding */ runInspect)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __webpack_require__(5729);
// EXTERNAL MODULE: ./src/adapters/workspace.ts
var workspace = __webpack_require__(1841);
// EXTERNAL MODULE: ./src/core/diagnostic.ts
var diagnostic = __webpack_require__(1400);
// EXTERNAL MODULE: ./src/core/lint.ts + 2 modules
var lint = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/core/policy/canonical.ts
var canonical = __webpack_require__(2340);
// EXTERNAL MODULE: ./src/core/mx.ts
var core_mx = __webpack_require__(2442);
// EXTERNAL MODULE: ./src/core/record/presentation.ts
var record_presentation = __webpack_require__(6677);
// EXTERNAL MODULE: ./src/core/record/txt.ts
var txt = __webpack_require__(8029);
// EXTERNAL MODULE: ./src/core/revision/compare.ts
var compare = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/live/address.ts
/**
 * Classifies IP addresses that a policy host or an MX host must not resolve
 * to by default, so a hostile DNS answer cannot aim the checker at a private
 * network or a cloud metadata service.
 */
/** Returns why an address is not public, or null when it is a public unicast address. */
function classifyAddress(address) {
    const v4 = parseIpv4(address);
    if (v4)
        return classifyIpv4(v4);
    const v6 = parseIpv6(address);
    if (!v6)
        return null;
    return classifyIpv6(v6);
}
/** Describes a kind for messages, such as "a loopback". */
function describeAddressKind(kind) {
    const names = {
        loopback: 'a loopback',
        private: 'a private (RFC 1918)',
        'link-local': 'a link-local',
        metadata: 'a cloud metadata service',
        unspecified: 'an unspecified',
        multicast: 'a multicast',
        shared: 'a shared (carrier-grade NAT)',
        'unique-local': 'a unique local (fc00::/7)',
        documentation: 'a documentation',
    };
    return names[kind];
}
function classifyIpv4([a, b, c, d]) {
    if (a === 169 && b === 254 && c === 169 && d === 254)
        return 'metadata';
    if (a === 127)
        return 'loopback';
    if (a === 0)
        return 'unspecified';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
        return 'private';
    if (a === 169 && b === 254)
        return 'link-local';
    if (a === 100 && b >= 64 && b <= 127)
        return 'shared';
    if (a >= 224)
        return 'multicast';
    if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113))
        return 'documentation';
    return null;
}
function classifyIpv6(words) {
    const [w0, w1, w2, w3, w4, w5, w6, w7] = words;
    const zeroPrefix = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;
    // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms reach the IPv4 address.
    if (zeroPrefix && w5 === 0xffff)
        return classifyIpv4([w6 >> 8, w6 & 0xff, w7 >> 8, w7 & 0xff]);
    if (zeroPrefix && w5 === 0 && w6 === 0 && w7 === 1)
        return 'loopback';
    if (zeroPrefix && w5 === 0 && w6 === 0 && w7 === 0)
        return 'unspecified';
    // AWS's IPv6 metadata endpoint, fd00:ec2::254.
    if (w0 === 0xfd00 && w1 === 0x0ec2 && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0 && w6 === 0 && w7 === 0x254)
        return 'metadata';
    if ((w0 & 0xfe00) === 0xfc00)
        return 'unique-local';
    if ((w0 & 0xffc0) === 0xfe80)
        return 'link-local';
    if ((w0 & 0xff00) === 0xff00)
        return 'multicast';
    if (w0 === 0x2001 && w1 === 0x0db8)
        return 'documentation';
    return null;
}
/** Parses dotted-quad IPv4 text, or returns null. */
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return null;
    const bytes = [];
    for (const part of parts) {
        if (!/^(?:0|[1-9][0-9]{0,2})$/.test(part))
            return null;
        const value = Number(part);
        if (value > 255)
            return null;
        bytes.push(value);
    }
    return bytes;
}
/** Parses IPv6 text (with `::` and an optional trailing IPv4 part) into eight 16-bit words, or returns null. */
function parseIpv6(text) {
    const address = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
    if (!address.includes(':'))
        return null;
    const halves = address.split('::');
    if (halves.length > 2)
        return null;
    const toWords = (part) => {
        if (part === '')
            return [];
        const words = [];
        const groups = part.split(':');
        for (const [index, group] of groups.entries()) {
            if (index === groups.length - 1 && group.includes('.')) {
                const v4 = parseIpv4(group);
                if (!v4)
                    return null;
                words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
                continue;
            }
            if (!/^[0-9a-fA-F]{1,4}$/.test(group))
                return null;
            words.push(parseInt(group, 16));
        }
        return words;
    };
    const head = toWords(halves[0]);
    const tail = halves.length === 2 ? toWords(halves[1]) : [];
    if (!head || !tail)
        return null;
    if (halves.length === 1)
        return head.length === 8 ? head : null;
    const missing = 8 - head.length - tail.length;
    if (missing < 1)
        return null;
    return [...head, ...new Array(missing).fill(0), ...tail];
}

;// CONCATENATED MODULE: ./src/core/live/certificate.ts
/**
 * Certificate identity as RFC 8461 §3.3 and §4.2 require it: only DNS
 * subject alternative names count (no fallback to the subject CN), and a
 * wildcard is the whole left-most label and covers exactly one label.
 */
/** Reads the DNS names of an `subjectaltname` string as Node's TLS stack prints it: `DNS:a.example, IP Address:192.0.2.1`. */
function dnsNamesOf(subjectAltName) {
    if (!subjectAltName)
        return [];
    const names = [];
    for (const entry of subjectAltName.split(/,\s*/)) {
        if (entry.startsWith('DNS:'))
            names.push(entry.slice(4).replace(/^"|"$/g, ''));
    }
    return names;
}
/** Tells whether a certificate DNS name covers a host name. */
function certificateNameMatches(pattern, host) {
    const name = pattern.toLowerCase().replace(/\.$/, '');
    const target = host.toLowerCase().replace(/\.$/, '');
    if (!name.startsWith('*.'))
        return !name.includes('*') && name === target;
    const suffix = name.slice(2);
    // A wildcard over a public suffix or a single label covers too much to be trusted.
    if (!suffix.includes('.') || suffix.includes('*'))
        return false;
    const dot = target.indexOf('.');
    return dot > 0 && target.slice(dot + 1) === suffix;
}
/** Tells whether any DNS name of a certificate covers `host`. */
function certificateCovers(facts, host) {
    return facts.dnsNames.some((name) => certificateNameMatches(name, host));
}
/** Whole days from `now` until `validTo`, rounded down; negative once expired. */
function daysUntil(validTo, now) {
    return Math.floor((Date.parse(validTo) - now.getTime()) / 86_400_000);
}

;// CONCATENATED MODULE: ./src/core/live/media-type.ts
/**
 * The `Content-Type` rules of RFC 8461 §3.2: the policy is served as
 * `text/plain`, other parameters are ignored, and the charset, when given,
 * should be one that decodes the policy as UTF-8 does.
 */
/** Parses a Content-Type header value, or returns null when it has no `type/subtype`. */
function parseMediaType(header) {
    const [head = '', ...parameters] = header.split(';');
    const essence = head.trim().toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(essence))
        return null;
    let charset = null;
    for (const parameter of parameters) {
        const equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        const name = parameter.slice(0, equals).trim().toLowerCase();
        if (name !== 'charset' || charset !== null)
            continue;
        charset = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    }
    return { essence, charset };
}
/** Charsets under which a policy (US-ASCII or UTF-8 text) reads the same as senders decode it. */
const POLICY_CHARSETS = ['utf-8', 'utf8', 'us-ascii', 'ascii'];

;// CONCATENATED MODULE: ./src/core/live/state.ts
/**
 * Observations of the live checks for one policy domain, as plain data. The
 * adapters fill them in and `evaluateLive` turns them into findings, so the
 * verdicts can be tested without a network.
 */
/** Names a DNS outcome for messages, as in "the lookup ended in NXDOMAIN". */
function describeDnsStatus(status) {
    const names = { ok: 'an answer', nxdomain: 'NXDOMAIN', nodata: 'no data', servfail: 'SERVFAIL', refused: 'REFUSED', timeout: 'a timeout', error: 'an error' };
    return names[status];
}
/** Tells whether a DNS outcome leaves open whether the record exists. */
function isInconclusive(status) {
    return status === 'servfail' || status === 'refused' || status === 'timeout' || status === 'error';
}

;// CONCATENATED MODULE: ./src/core/live/evaluate.ts
/**
 * Turns what the live checks observed into findings, judged as strict
 * senders judge (RFC 8461 §3.3, §4, §5, §8). The live records and policy go
 * through the same rules as the repository's. When the repository's side is
 * given, its policy and id are compared with the live ones (§8.1).
 */












const EXPIRY_WARNING_DAYS = 21;
const SLOW_FETCH_MS = 5_000;
/** Tells whether senders can use the served policy: served with status 200 and without an error in its own findings. */
function policyVerdict(body, findings, file) {
    if (body === null)
        return 'not served';
    return findings.some((finding) => finding.file === file && finding.severity === 'error') ? 'invalid' : 'valid';
}
/** Pseudo-file names that findings about live data point at. */
function liveFiles(domain) {
    return {
        sts: `<dns:_mta-sts.${domain}>`,
        tlsrpt: `<dns:_smtp._tls.${domain}>`,
        policy: `<${policyUrl(domain)}>`,
    };
}
function policyUrl(domain) {
    return `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
}
function evaluateLive(state, repo, settings = new Map(), options = {}) {
    const domain = state.domain;
    const files = liveFiles(domain);
    const url = policyUrl(domain);
    const now = new Date(state.checkedAt);
    const findings = [];
    const add = (file, raw) => {
        const finding = (0,lint/* toFinding */.N6)(raw, domain, file, settings);
        if (finding)
            findings.push(finding);
    };
    // Lookups that failed do not show whether a record exists.
    for (const lookup of [state.sts, state.tlsrpt, state.mx, state.policyHost.a, state.policyHost.aaaa]) {
        if (isInconclusive(lookup.status)) {
            add(null, { ruleId: 'STS602', messageId: 'failed', data: { type: lookup.type, name: lookup.name, status: describeDnsStatus(lookup.status), detail: lookup.detail ?? 'no detail' } });
        }
    }
    const primary = choosePrimaryFetch(state.fetches);
    const body = primary && bodyOf(primary);
    const input = { domain };
    if (body)
        input.policy = { file: files.policy, bytes: body };
    const stsSet = recordSetOf(state.sts, files.sts);
    if (stsSet)
        input.sts = stsSet;
    const tlsrptSet = recordSetOf(state.tlsrpt, files.tlsrpt);
    if (tlsrptSet)
        input.tlsrpt = tlsrptSet;
    const live = (0,lint/* lintDomain */.QX)(input, settings);
    // A domain that does not exist gets one finding for that (STS622), not one for each name under it.
    const domainMissing = state.mx.status === 'nxdomain';
    for (const finding of live.findings) {
        if (domainMissing && finding.file === files.sts)
            continue;
        // The notice about unknown record sources does not apply to DNS. STS601 replaces STS301 with the DNS status of a missing record.
        if (finding.ruleId === 'STS003' || finding.ruleId === 'STS301')
            continue;
        if (repo && duplicatesRepository(finding, repo, input))
            continue;
        findings.push(finding);
    }
    if (!domainMissing)
        checkStsPresence(state, add);
    if (state.deadlineExceeded)
        add(null, { ruleId: 'STS617', messageId: 'deadline', data: { domain, seconds: state.deadlineMs / 1000, parts: unfinishedParts(state) } });
    if (!domainMissing)
        checkPolicyHost(state, add);
    for (const fetch of state.fetches)
        checkFetch(fetch, fetch === primary, state, now, options.slowMs ?? SLOW_FETCH_MS, add);
    checkFamilies(state, primary, add);
    const policies = policiesToCover(live, repo, url);
    const mxHosts = checkMx(state, policies, add);
    if (state.smtp)
        checkSmtp(state.smtp, strictestMode(policies), now, add);
    let bodyMatch = null;
    if (repo?.result.canonical && live.canonical) {
        bodyMatch = (0,canonical/* canonicalText */.A4)(repo.result.canonical) === (0,canonical/* canonicalText */.A4)(live.canonical) ? 'same' : 'differs';
        checkDrift(state, live, repo, url, add);
    }
    findings.sort(diagnostic/* compareFindings */.E);
    const validSts = live.sts.filter((record) => record.isSts);
    return {
        findings,
        live,
        summary: {
            domain,
            id: live.id,
            idTtl: state.sts.ttl,
            stsRecords: state.sts.records,
            tlsrpt: state.tlsrpt.records,
            policyUrl: url,
            fetch: fetchSummary(primary, state.fetches),
            policy: policyVerdict(body ?? null, findings, files.policy),
            mode: live.policy?.mode ?? null,
            maxAge: live.policy?.maxAge ?? null,
            mxPatterns: live.canonical?.mx ?? [],
            bodyMatch,
            mx: mxHosts.map((mx) => {
                const probe = state.smtp?.find((candidate) => candidate.host === mx.host);
                return { ...mx, smtp: probe?.outcome ?? null, certificateExpires: probe?.certificate?.validTo ?? null };
            }),
            mxCoverage: mxHosts.length > 0 && mxHosts[0].covered !== null ? `${mxHosts.filter((mx) => mx.covered).length}/${mxHosts.length}` : null,
            mxPolicy: coveragePolicy(policies),
            certificateExpires: primary?.certificate?.validTo ?? null,
            addresses: [...state.policyHost.a.records, ...state.policyHost.aaaa.records],
            inconclusive: validSts.length === 0 && isInconclusive(state.sts.status),
        },
    };
}
/** Builds the record set of a TXT lookup, or undefined when the lookup was inconclusive. */
function recordSetOf(lookup, file) {
    if (isInconclusive(lookup.status))
        return undefined;
    return {
        file,
        label: 'DNS',
        owner: lookup.name,
        explicit: false,
        // One record per line, so the line of a finding identifies its record.
        records: lookup.records.map((value, index) => liveTxtRecord(value, lookup.strings?.[index], index + 1)),
    };
}
/** Builds a TXT record that keeps its character-string boundaries, so rules about split values (STS317) apply to DNS too. */
function liveTxtRecord(value, strings, line) {
    if (!strings || strings.length < 2)
        return (0,txt/* txtRecordFromValue */.nE)(value, line, 1);
    const presentation = strings.map((part) => `"${part.replace(/[\\"]/g, '\\$&')}"`).join(' ');
    const parsed = (0,record_presentation/* parseCharacterStrings */.X)(presentation, { line, column: 1, semicolonComments: false });
    return parsed.unterminatedAt < 0 ? parsed.record : (0,txt/* txtRecordFromValue */.nE)(value, line, 1);
}
/** Names the parts of a domain's checks that the deadline cut short, for STS617. */
function unfinishedParts(state) {
    const parts = [];
    const lookups = [state.sts, state.tlsrpt, state.mx, state.policyHost.a, state.policyHost.aaaa, state.implicitMx?.a, state.implicitMx?.aaaa];
    for (const lookup of lookups) {
        if (lookup?.status === 'timeout' && lookup.detail?.includes('deadline'))
            parts.push(`the ${lookup.type} lookup of \`${lookup.name}\``);
    }
    if (state.fetches.some((fetch) => fetch.outcome === 'deadline'))
        parts.push('the policy fetch');
    if (state.smtp?.some((probe) => probe.error?.message.includes('deadline')))
        parts.push('the STARTTLS probe');
    return parts.length > 0 ? parts.join(', ') : 'some checks';
}
/** True when a live finding repeats one the repository's own copy of the same bytes already gives. */
function duplicatesRepository(finding, repo, input) {
    if (finding.file === input.policy?.file) {
        return repo.result.findings.some((other) => other.ruleId === finding.ruleId && other.messageId === finding.messageId && other.file === repo.result.policyFile);
    }
    return false;
}
function checkStsPresence(state, add) {
    const { sts, domain } = state;
    if (sts.status === 'nxdomain' || sts.status === 'nodata') {
        add(null, { ruleId: 'STS601', messageId: sts.status, data: { domain } });
        return;
    }
    // A record that is meant to be the STS record gets a more exact finding from the record rules.
    const nearMiss = sts.records.some((record) => /^\s*v\s*=\s*stsv1/i.test(record));
    if (sts.status === 'ok' && !nearMiss && !sts.records.some((record) => record.startsWith('v=STSv1'))) {
        add(null, { ruleId: 'STS601', messageId: 'noSts', data: { domain, count: sts.records.length } });
    }
}
function checkPolicyHost(state, add) {
    const { a, aaaa, name } = state.policyHost;
    const missing = (status) => status === 'nxdomain' || status === 'nodata';
    if (missing(a.status) && missing(aaaa.status) && state.fetches.every((fetch) => fetch.route === null)) {
        const messageId = a.status === 'nxdomain' && aaaa.status === 'nxdomain' ? 'nxdomain' : 'nodata';
        add(null, { ruleId: 'STS603', messageId, data: { host: name, domain: state.domain } });
    }
}
/** Chooses the fetch whose body counts: the first with status 200, else the first one. */
function choosePrimaryFetch(fetches) {
    return fetches.find((fetch) => bodyOf(fetch) !== null) ?? fetches.find((fetch) => fetch.outcome !== 'skipped' && fetch.outcome !== 'deadline');
}
function bodyOf(fetch) {
    return fetch.outcome === 'ok' && fetch.status === 200 && !fetch.truncated ? fetch.body : null;
}
function fetchSummary(primary, fetches) {
    if (primary?.outcome === 'ok')
        return String(primary.status);
    if (primary)
        return primary.outcome;
    if (fetches.length === 0)
        return 'not fetched';
    return 'failed';
}
const POLICY_CONSEQUENCE = ', so senders refuse it and act as if the domain had no MTA-STS';
function checkFetch(fetch, primary, state, now, slowMs, add) {
    const url = fetch.url;
    const host = state.policyHost.name;
    const data = { url, host, domain: state.domain, address: fetch.address, port: fetch.port, detail: fetch.error?.message ?? 'no detail' };
    if (fetch.outcome === 'refused-address') {
        add(null, { ruleId: 'STS604', messageId: 'policy', data: { host, address: fetch.address, kind: describeAddressKind(classifyAddress(fetch.address) ?? 'private') } });
        return;
    }
    // Only the primary fetch is judged in full; the others are compared with it in checkFamilies.
    if (!primary || fetch.outcome === 'skipped' || fetch.outcome === 'deadline')
        return;
    if (fetch.outcome === 'connect-failed')
        return void add(null, { ruleId: 'STS605', messageId: 'connect', data });
    if (fetch.outcome === 'timeout')
        return void add(null, { ruleId: 'STS605', messageId: 'timeout', data: { ...data, seconds: (fetch.elapsedMs / 1000).toFixed(1) } });
    if (fetch.outcome === 'protocol-error')
        return void add(null, { ruleId: 'STS605', messageId: 'protocol', data });
    if (fetch.certificate)
        checkCertificate(fetch.certificate, host, now, POLICY_CONSEQUENCE, undefined, add);
    if (fetch.outcome === 'tls-failed') {
        if (!fetch.certificate)
            add(null, { ruleId: 'STS605', messageId: 'tls', data });
        return;
    }
    const status = fetch.status ?? 0;
    if (status >= 300 && status < 400) {
        const location = fetch.headers.location;
        add(null, location ? { ruleId: 'STS609', messageId: 'redirect', data: { url, status, location: (0,core_text/* showValue */.vp)(location, 120) } } : { ruleId: 'STS609', messageId: 'noLocation', data: { url, status } });
        return;
    }
    if (status !== 200) {
        add(null, { ruleId: 'STS610', messageId: status === 404 ? 'notFound' : 'status', data: { url, status, domain: state.domain } });
        return;
    }
    const contentType = fetch.headers.contentType;
    const media = contentType === null ? null : parseMediaType(contentType);
    if (contentType === null || contentType.trim() === '') {
        add(null, { ruleId: 'STS611', messageId: 'missing', data: { url } });
    }
    else if (!media || media.essence !== 'text/plain') {
        add(null, { ruleId: 'STS611', messageId: 'wrong', data: { url, value: (0,core_text/* showValue */.vp)(contentType, 80) } });
    }
    else if (media.charset !== null && !POLICY_CHARSETS.includes(media.charset)) {
        add(null, { ruleId: 'STS612', messageId: 'charset', data: { url, charset: (0,core_text/* showValue */.vp)(media.charset, 40) } });
    }
    const cacheSeconds = sharedCacheSeconds(fetch.headers.cacheControl);
    if (cacheSeconds !== null && cacheSeconds > CACHE_NOTICE_SECONDS) {
        add(null, { ruleId: 'STS616', messageId: 'maxAge', data: { url, value: (0,core_text/* showValue */.vp)(fetch.headers.cacheControl, 80), seconds: cacheSeconds } });
    }
    if (fetch.truncated)
        add(null, { ruleId: 'STS613', messageId: 'large', data: { url, limit: fetch.body?.length ?? 65536 } });
    if (fetch.elapsedMs > slowMs)
        add(null, { ruleId: 'STS614', messageId: 'slow', data: { url, seconds: (fetch.elapsedMs / 1000).toFixed(1) } });
}
/** RFC 8461 §8.2 suggests that proxies cache the policy for about a minute; an hour leaves room for ordinary CDN defaults. */
const CACHE_NOTICE_SECONDS = 3600;
/** Reads how long a shared cache may keep the response (`s-maxage`, else `max-age`). Returns null when the header forbids shared caching or sets no age. */
function sharedCacheSeconds(header) {
    if (header === null)
        return null;
    const directives = new Map();
    for (const part of header.toLowerCase().split(',')) {
        const [name = '', value = ''] = part.trim().split('=');
        directives.set(name.trim(), value.trim().replace(/^"|"$/g, ''));
    }
    if (directives.has('no-store') || directives.has('no-cache') || directives.has('private'))
        return null;
    const value = directives.get('s-maxage') ?? directives.get('max-age');
    if (value === undefined || !/^[0-9]+$/.test(value))
        return null;
    return Number(value);
}
function checkCertificate(certificate, host, now, consequence, severity, add) {
    const date = certificate.validTo.slice(0, 10);
    const data = { host, consequence, date, detail: certificate.chainError?.code ?? '' };
    const withSeverity = (raw) => (severity ? { ...raw, severity } : raw);
    const code = certificate.chainError?.code;
    if (code === 'CERT_HAS_EXPIRED' || daysUntil(certificate.validTo, now) < 0) {
        add(null, withSeverity({ ruleId: 'STS606', messageId: 'expired', data }));
    }
    else if (code === 'CERT_NOT_YET_VALID') {
        add(null, withSeverity({ ruleId: 'STS606', messageId: 'notYetValid', data: { ...data, date: certificate.validFrom.slice(0, 10) } }));
    }
    else if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || (code && certificate.selfSigned)) {
        add(null, withSeverity({ ruleId: 'STS606', messageId: 'selfSigned', data }));
    }
    else if (code) {
        add(null, withSeverity({ ruleId: 'STS606', messageId: 'untrusted', data: { ...data, detail: `${code}: ${certificate.chainError.message}` } }));
    }
    else {
        const days = daysUntil(certificate.validTo, now);
        if (days < EXPIRY_WARNING_DAYS)
            add(null, { ruleId: 'STS608', messageId: 'expiring', data: { ...data, when: describeDaysLeft(days) } });
    }
    if (!certificateCovers(certificate, host)) {
        const cnOnly = certificate.dnsNames.length === 0 && certificate.commonName !== null && certificate.commonName.toLowerCase() === host.toLowerCase();
        let names = certificate.commonName ? `only CN \`${(0,core_text/* showValue */.vp)(certificate.commonName, 60)}\`` : 'no host name';
        if (certificate.dnsNames.length > 0)
            names = certificate.dnsNames.slice(0, 5).map((name) => `\`${(0,core_text/* showValue */.vp)(name, 60)}\``).join(', ') + (certificate.dnsNames.length > 5 ? `, and ${certificate.dnsNames.length - 5} more` : '');
        const wildcard = certificate.dnsNames.some((name) => name.startsWith('*.')) ? ' (a wildcard covers exactly one label)' : '';
        add(null, withSeverity({ ruleId: 'STS607', messageId: cnOnly ? 'commonNameOnly' : 'mismatch', data: { ...data, names, wildcard } }));
    }
}
function describeDaysLeft(days) {
    if (days === 0)
        return 'today';
    if (days === 1)
        return 'in 1 day';
    return `in ${days} days`;
}
function checkFamilies(state, primary, add) {
    if (!primary)
        return;
    const primaryBody = bodyOf(primary);
    const host = state.policyHost.name;
    for (const other of state.fetches) {
        if (other === primary || other.outcome === 'skipped' || other.outcome === 'deadline' || other.outcome === 'refused-address' || other.family === primary.family)
            continue;
        const otherBody = bodyOf(other);
        if (primaryBody && !otherBody) {
            add(null, { ruleId: 'STS615', messageId: 'failing', data: { host, good: primary.family, bad: other.family, address: `${other.address}: ${other.error?.message ?? `status ${other.status ?? '?'}`}` } });
            continue;
        }
        if (primaryBody && otherBody && !sameBytes(primaryBody, otherBody)) {
            const [v4, v6] = primary.family === 4 ? [primary, other] : [other, primary];
            const a = (0,lint/* lintDomain */.QX)({ domain: state.domain, policy: { file: 'a', bytes: bodyOf(v4) } }).canonical;
            const b = (0,lint/* lintDomain */.QX)({ domain: state.domain, policy: { file: 'b', bytes: bodyOf(v6) } }).canonical;
            const difference = a && b ? (0,compare/* describeChanges */.D)(a, b) : 'the bytes differ';
            add(null, { ruleId: 'STS615', messageId: 'body', data: { host, v4: v4.address, v6: v6.address, difference: difference === 'content changed' ? 'the bytes differ' : `IPv4 → IPv6: ${difference}` } });
        }
    }
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    return a.every((byte, index) => byte === b[index]);
}
/** The policies whose mx patterns must cover the live MX hosts: the one senders see now, and the repository's when it differs. */
function policiesToCover(live, repo, url) {
    const policies = [];
    if (live.canonical && live.policy?.mode) {
        policies.push({ label: `the policy served at \`${url}\``, file: null, mode: live.policy.mode, canonical: live.canonical });
    }
    const repoCanonical = repo?.result.canonical;
    if (repoCanonical && repo.result.policy?.mode && !(live.canonical && (0,canonical/* canonicalText */.A4)(live.canonical) === (0,canonical/* canonicalText */.A4)(repoCanonical))) {
        policies.push({ label: `\`${repo.result.policyFile}\``, file: repo.result.policyFile, mode: repo.result.policy.mode, canonical: repoCanonical });
    }
    return policies;
}
/** Severity of an MX problem under a mode; with no readable policy, senders may still hold an enforce policy in cache. */
/** Names the policy whose mx patterns the summary's coverage refers to: the first one checked. */
function coveragePolicy(policies) {
    if (policies.length === 0)
        return null;
    return policies[0].file === null ? 'served' : 'repository';
}
function modeSeverity(mode) {
    if (mode === 'enforce')
        return 'error';
    if (mode === 'testing' || mode === null)
        return 'warning';
    return 'notice';
}
function modeConsequence(mode) {
    if (mode === 'enforce')
        return 'in enforce mode senders do not deliver mail to it';
    if (mode === 'testing')
        return 'in testing mode senders still deliver, and report the failure through TLS-RPT';
    if (mode === null)
        return 'no policy could be read, but senders that cached an enforce policy do not deliver mail to it';
    return 'senders ignore a policy in mode none';
}
function strictestMode(policies) {
    if (policies.some((policy) => policy.mode === 'enforce'))
        return 'enforce';
    if (policies.some((policy) => policy.mode === 'testing'))
        return 'testing';
    return policies[0]?.mode ?? null;
}
function checkMx(state, policies, add) {
    const { mx, domain } = state;
    if (isInconclusive(mx.status))
        return [];
    if (mx.status === 'nxdomain') {
        add(null, { ruleId: 'STS622', messageId: 'nxdomain', data: { domain }, severity: 'error' });
        return [];
    }
    const records = mx.records.map((record) => ({ preference: record.preference, host: (0,core_mx/* normalizeHost */.cS)(record.exchange) }));
    const nullMx = records.length === 1 && records[0].host === '';
    const mode = strictestMode(policies);
    if (nullMx) {
        if (mode === 'enforce' || mode === 'testing')
            add(null, { ruleId: 'STS622', messageId: 'nullMx', data: { domain, mode } });
        return [];
    }
    const implicit = records.length === 0;
    if (implicit && state.implicitMx) {
        const { a, aaaa } = state.implicitMx;
        if (isInconclusive(a.status) || isInconclusive(aaaa.status))
            return [];
        // Without MX records and without an address, no host receives mail for the domain.
        if (a.records.length === 0 && aaaa.records.length === 0) {
            if (mode !== 'none')
                add(null, { ruleId: 'STS622', messageId: 'noAddress', data: { domain } });
            return [];
        }
    }
    const hosts = implicit ? [{ preference: null, host: domain }] : records.map((record) => ({ preference: record.preference, host: record.host }));
    const covered = new Map();
    for (const policy of policies) {
        const patterns = policy.canonical.mx;
        const shownPatterns = patterns.length > 0 ? patterns.map((pattern) => `\`${pattern}\``).join(', ') : 'none';
        const severity = modeSeverity(policy.mode);
        const consequence = modeConsequence(policy.mode);
        for (const { host } of hosts) {
            const ok = patterns.some((pattern) => (0,core_mx/* matchesMxPattern */.DE)(pattern, host));
            if (!covered.has(host) || policy.file === null)
                covered.set(host, ok);
            if (ok || policy.mode === 'none')
                continue;
            const data = { mx: host, domain, policy: policy.label, patterns: shownPatterns, consequence };
            const deeper = patterns.find((pattern) => pattern.startsWith('*.') && host.endsWith(pattern.slice(1)));
            if (implicit)
                add(policy.file, { ruleId: 'STS620', messageId: 'implicit', data, severity });
            else if (deeper)
                add(policy.file, { ruleId: 'STS620', messageId: 'belowWildcard', data: { ...data, pattern: deeper }, severity });
            else
                add(policy.file, { ruleId: 'STS620', messageId: 'uncovered', data, severity });
        }
        if (policy.mode === 'none')
            continue;
        const unused = patterns.filter((pattern) => !hosts.some(({ host }) => (0,core_mx/* matchesMxPattern */.DE)(pattern, host)));
        if (unused.length > 0) {
            const list = unused.map((pattern) => `\`${pattern}\``).join(', ');
            add(policy.file, {
                ruleId: 'STS621',
                messageId: 'unused',
                data: { patterns: unused.length === 1 ? `pattern ${list}` : `patterns ${list}`, match: unused.length === 1 ? 'matches' : 'match', policy: policy.label, domain, mxList: hosts.map(({ host }) => `\`${host}\``).join(', ') },
            });
        }
    }
    return hosts.map(({ host, preference }) => ({ host, preference, covered: policies.length > 0 ? (covered.get(host) ?? null) : null }));
}
/** Consequences of an invalid MX certificate by mode, appended to the certificate messages. */
const MX_CONSEQUENCE = {
    enforce: ', so senders refuse it and, in enforce mode, do not deliver mail to this host',
    testing: ', which senders report through TLS-RPT; in testing mode they still deliver, but under enforce they would not',
    none: ', which senders ignore while the mode is none',
};
const MX_CONSEQUENCE_UNKNOWN = ', so senders that cached an enforce policy do not deliver mail to this host';
function checkSmtp(probes, mode, now, add) {
    const severity = modeSeverity(mode);
    const consequence = mode === null ? MX_CONSEQUENCE_UNKNOWN : (MX_CONSEQUENCE[mode] ?? MX_CONSEQUENCE_UNKNOWN);
    for (const probe of probes) {
        const data = { mx: probe.host, address: probe.address ?? '?', port: probe.port, detail: probe.error?.message ?? 'no detail', consequence: modeConsequence(mode) };
        if (probe.outcome === 'refused-address') {
            add(null, { ruleId: 'STS604', messageId: 'mx', data: { host: probe.host, address: probe.address ?? '?', kind: describeAddressKind(classifyAddress(probe.address ?? '') ?? 'private') } });
        }
        else if (probe.outcome === 'no-starttls') {
            add(null, { ruleId: 'STS623', messageId: 'missing', data, severity });
        }
        else if (probe.outcome === 'unresolved') {
            add(null, { ruleId: 'STS624', messageId: 'unresolved', data });
        }
        else if (probe.outcome === 'unreachable' && probe.error?.code === 'ECONNREFUSED') {
            add(null, { ruleId: 'STS624', messageId: 'refused', data });
        }
        else if (probe.outcome === 'unreachable' || probe.outcome === 'timeout' || probe.outcome === 'protocol-error') {
            add(null, { ruleId: 'STS624', messageId: 'unreachable', data });
        }
        if (probe.certificate)
            checkCertificate(probe.certificate, probe.host, now, consequence, severity === 'error' ? undefined : severity, add);
        else if (probe.outcome === 'tls-failed')
            add(null, { ruleId: 'STS623', messageId: 'handshake', data, severity });
    }
}
/** Formats a `max_age` for messages, naming whose it is, such as "604800 s (7 days, the served max_age)". */
function formatDuration(seconds, whose) {
    if (seconds === null)
        return 'the max_age of the policy they cached';
    if (seconds >= 86_400 && seconds % 3600 === 0) {
        const days = seconds / 86_400;
        return `${seconds} s (${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? '' : 's'}, ${whose})`;
    }
    if (seconds >= 3600)
        return `${seconds} s (${(seconds / 3600).toFixed(1)} hours, ${whose})`;
    return `${seconds} s (${whose})`;
}
/** Reads `max_age` from a canonical policy text, as stored in the history. */
function maxAgeOf(canonical) {
    const value = canonical === undefined ? undefined : /^max_age: ([0-9]+)$/m.exec(canonical)?.[1];
    return value === undefined ? null : Number(value);
}
/** RFC 8461 §8.1: compares the repository's policy and id with the live ones. */
function checkDrift(state, live, repo, url, add) {
    const repoCanonical = repo.result.canonical;
    const liveCanonical = live.canonical;
    const liveText = (0,canonical/* canonicalText */.A4)(liveCanonical);
    const bodyMatch = (0,canonical/* canonicalText */.A4)(repoCanonical) === liveText;
    const liveId = live.id;
    const repoId = repo.hasRecord ? repo.result.id : null;
    const servedMaxAge = formatDuration(live.policy?.maxAge ?? null, 'the served max_age');
    const difference = `repository → live: ${(0,compare/* describeChanges */.D)(repoCanonical, liveCanonical)}`;
    const file = repo.result.policyFile;
    const domain = state.domain;
    if (liveId === null)
        return;
    if (repoId === null) {
        if (!bodyMatch)
            add(file, { ruleId: 'STS632', messageId: 'noRecord', data: { domain, difference, maxAge: servedMaxAge } });
        return;
    }
    const knownContent = repo.history.some((entry) => entry.canonical === liveText);
    const liveIdEntry = repo.history.find((entry) => entry.id === liveId);
    // Senders that cached the live id keep the copy they fetched, which the history has under that id.
    const cachedMaxAge = formatDuration(maxAgeOf(liveIdEntry?.canonical), 'the max_age of the policy cached under that id');
    if (liveId === repoId) {
        if (bodyMatch)
            return;
        if (repo.history.length > 0 && !knownContent) {
            add(file, { ruleId: 'STS633', messageId: 'edited', data: { url, liveId, difference, maxAge: cachedMaxAge } });
        }
        else {
            add(file, { ruleId: 'STS630', messageId: 'stale', data: { domain, id: liveId, url, served: knownContent ? 'an older revision of the policy' : 'a different policy', difference, maxAge: servedMaxAge } });
        }
        return;
    }
    if (bodyMatch) {
        add(file, { ruleId: 'STS631', messageId: 'publish', data: { url, domain, liveId, repoId, maxAge: cachedMaxAge } });
    }
    else if (liveIdEntry && liveIdEntry.canonical !== liveText) {
        add(file, { ruleId: 'STS633', messageId: 'edited', data: { url, liveId, difference, maxAge: cachedMaxAge } });
    }
    else {
        add(file, { ruleId: 'STS632', messageId: 'pending', data: { domain, difference, liveId, repoId, maxAge: servedMaxAge } });
    }
}

// EXTERNAL MODULE: ./src/app/gate.ts
var gate = __webpack_require__(1340);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
;// CONCATENATED MODULE: ./src/core/live/connect-to.ts
/**
 * `--connect-to HOST:PORT:ADDR:PORT`, with curl's meaning: a connection to
 * HOST on PORT goes to ADDR on the second PORT instead, while SNI, the Host
 * header and the certificate check keep the original name. An empty HOST or
 * first PORT matches any; an empty ADDR keeps the addresses from DNS; an
 * empty second PORT keeps the port.
 */

class ConnectToError extends Error {
}
/** Parses one `--connect-to` value. Throws ConnectToError naming the problem. */
function parseConnectTo(spec) {
    const parts = splitRoute(spec);
    if (!parts) {
        throw new ConnectToError(`--connect-to \`${spec}\` is invalid; expected HOST:PORT:ADDRESS:PORT, such as mta-sts.example.com:443:192.0.2.10:443 or mta-sts.example.com:443:[::1]:8443`);
    }
    const [host, port, address, toPort] = parts;
    const number = (text, what) => {
        if (text === '')
            return null;
        const value = Number(text);
        if (!/^[0-9]{1,5}$/.test(text) || value < 1 || value > 65535) {
            throw new ConnectToError(`--connect-to \`${spec}\`: ${what} \`${text}\` is not a port number from 1 to 65535`);
        }
        return value;
    };
    const target = address.replace(/^\[(.*)\]$/, '$1');
    if (address.startsWith('[') && !parseIpv6(target)) {
        throw new ConnectToError(`--connect-to \`${spec}\`: \`${address}\` is not an IPv6 address`);
    }
    return {
        host: host === '' ? null : host.toLowerCase().replace(/\.$/, ''),
        port: number(port, 'port'),
        address: target === '' ? null : target,
        toPort: number(toPort, 'port'),
        spec,
    };
}
/** Splits at the three colons that separate the fields, keeping bracketed IPv6 addresses whole. */
function splitRoute(spec) {
    const match = /^([^:[\]]*):([0-9]*):(\[[^\]]*\]|[^:[\]]*):([0-9]*)$/.exec(spec);
    if (!match)
        return null;
    return [match[1], match[2], match[3], match[4]];
}
/** Returns the first route that applies to a connection to `host` on `port`. */
function findRoute(routes, host, port) {
    const name = host.toLowerCase().replace(/\.$/, '');
    return routes.find((route) => (route.host === null || route.host === name) && (route.port === null || route.port === port));
}
/** Tells whether text is an IP address rather than a host name. */
function isIpAddress(text) {
    return parseIpv4(text) !== null || parseIpv6(text) !== null;
}

;// CONCATENATED MODULE: ./src/adapters/live/dns.ts
/**
 * A stub resolver that queries recursive DNS servers directly over UDP, and
 * over TCP when a response is truncated. Unlike the system resolver API, it
 * returns TTLs and CNAME chains, and distinguishes NXDOMAIN, no data,
 * SERVFAIL and a timeout.
 */







class QueryTimeout extends Error {
}
const MAX_CNAME_STEPS = 8;
const MAX_IN_FLIGHT = 128;
const EDNS_PAYLOAD = 1232;
/** Parses `--resolver HOST[:PORT]` values (`[::1]:5353` for IPv6 with a port). */
function parseResolvers(values) {
    return values.map((value) => {
        const bracketed = /^\[([^\]]+)\](?::([0-9]{1,5}))?$/.exec(value);
        const plain = /^([^:]+)(?::([0-9]{1,5}))?$/.exec(value);
        const host = bracketed?.[1] ?? (isIpAddress(value) ? value : plain?.[1]);
        const port = Number((bracketed ? bracketed[2] : isIpAddress(value) ? undefined : plain?.[2]) ?? 53);
        if (!host || !isIpAddress(host) || !(port >= 1 && port <= 65535)) {
            throw new errors/* UsageError */.eb(`--resolver \`${value}\` is invalid; expected an IP address with an optional port, such as 9.9.9.9, 127.0.0.1:5353 or [2620:fe::fe]:53`);
        }
        return { host, port };
    });
}
/** Returns the servers of the system configuration (`/etc/resolv.conf` on Linux), as Node reads them. */
function systemResolvers() {
    const servers = (0,external_node_dns_.getServers)().map((entry) => parseResolvers([entry])[0]);
    if (servers.length === 0)
        throw new errors/* UsageError */.eb('no DNS server is configured on this system; name one with `--resolver`');
    return servers;
}
class DnsClient {
    options;
    inFlight = 0;
    waiting = [];
    constructor(options) {
        this.options = options;
    }
    get servers() {
        return this.options.servers;
    }
    /** Looks up `name`, following CNAMEs, and returns how the lookup ended; failures are a status, not an exception. */
    async lookup(name, type, signal) {
        const result = { name, type, status: 'ok', records: [], ttl: null, cnames: [] };
        let current = name.toLowerCase().replace(/\.$/, '');
        for (let step = 0; step <= MAX_CNAME_STEPS; step++) {
            let raw;
            try {
                raw = await this.ask(current, type, signal);
            }
            catch (error) {
                result.status = error instanceof QueryTimeout || signal?.aborted ? 'timeout' : 'error';
                if (signal?.aborted)
                    result.detail = 'the per-domain deadline ended the lookup';
                else if (error instanceof QueryTimeout)
                    result.detail = `no response from ${this.describeServers()} after ${this.options.retries + 1} tries of ${this.options.timeoutMs / 1000} s`;
                else
                    result.detail = describeError(error);
                return result;
            }
            // A recursive server returns the whole chain in one response, so follow it there first.
            let followed = true;
            while (followed) {
                followed = false;
                for (const answer of raw.answers) {
                    if (answer.type === 'CNAME' && answer.name.toLowerCase() === current && typeof answer.data === 'string') {
                        const target = answer.data.toLowerCase().replace(/\.$/, '');
                        result.cnames.push({ name: current, target, ttl: answer.ttl ?? 0 });
                        current = target;
                        followed = result.cnames.length <= MAX_CNAME_STEPS;
                        break;
                    }
                }
            }
            const matching = raw.answers.filter((answer) => answer.type === type && answer.name.toLowerCase() === current);
            if (raw.rcode !== 'NOERROR') {
                result.status = rcodeStatus(raw.rcode);
                if (result.status !== 'nxdomain')
                    result.detail = `from ${this.describeServers()}`;
                return result;
            }
            if (matching.length > 0) {
                result.records = matching.map((answer) => toRecord(answer));
                if (type === 'TXT') {
                    const strings = matching.map(txtStrings);
                    if (strings.some((parts) => parts.length > 1))
                        result.strings = strings;
                }
                result.ttl = Math.min(...matching.map((answer) => ('ttl' in answer ? (answer.ttl ?? 0) : 0)));
                return result;
            }
            // A response that ends in a CNAME without the target's records needs a query for the target itself.
            if (result.cnames.length > 0 && result.cnames.at(-1).target === current && step < MAX_CNAME_STEPS && raw.answers.length > 0)
                continue;
            result.status = 'nodata';
            return result;
        }
        result.status = 'error';
        result.detail = `CNAME chain longer than ${MAX_CNAME_STEPS} steps`;
        return result;
    }
    describeServers() {
        return this.options.servers.map((server) => (server.port === 53 ? server.host : `${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}`)).join(', ');
    }
    /** Asks each server in turn, with retries; SERVFAIL and REFUSED move on to the next server. */
    async ask(name, type, signal) {
        let last;
        let lastError;
        for (let attempt = 0; attempt <= this.options.retries; attempt++) {
            for (const server of this.options.servers) {
                if (signal?.aborted)
                    throw new QueryTimeout();
                try {
                    let answer = await this.limited(() => this.queryUdp(server, name, type, signal));
                    if (answer.truncated)
                        answer = await this.limited(() => this.queryTcp(server, name, type, signal));
                    if (answer.rcode !== 'SERVFAIL' && answer.rcode !== 'REFUSED')
                        return answer;
                    last = answer;
                }
                catch (error) {
                    lastError = error;
                }
            }
            if (last)
                return last;
            if (!(lastError instanceof QueryTimeout))
                break;
        }
        throw lastError ?? new QueryTimeout();
    }
    /**
     * Runs a query with at most MAX_IN_FLIGHT queries outstanding. A burst of
     * more UDP queries than a server's receive queue holds (256 datagrams on
     * Linux loopback, measured) loses the rest, which then wait a whole timeout.
     */
    async limited(query) {
        // A finished query hands its slot straight to the next waiting one, so the count never exceeds the limit.
        if (this.inFlight >= MAX_IN_FLIGHT)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.inFlight++;
        try {
            return await query();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.inFlight--;
        }
    }
    query(name, type) {
        const id = (0,external_node_crypto_.randomInt)(0, 65536);
        const message = dns_packet.encode({
            type: 'query',
            id,
            flags: dns_packet.RECURSION_DESIRED,
            questions: [{ type, name, class: 'IN' }],
            additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
        });
        return { id, message };
    }
    /**
     * Runs one exchange with a timeout and the caller's abort signal; `start`
     * gets a `finish` that settles the exchange once and closes the socket.
     */
    exchange(signal, start) {
        return new Promise((resolve, reject) => {
            let settled = false;
            // Filled in after `start` returns; `finish` may run before that, from inside `start`.
            const opened = {};
            const finish = (error, answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                opened.socket?.close();
                if (answer)
                    resolve(answer);
                else
                    reject(error);
            };
            const onAbort = () => finish(new QueryTimeout());
            const timer = setTimeout(() => finish(new QueryTimeout()), this.options.timeoutMs);
            signal?.addEventListener('abort', onAbort, { once: true });
            opened.socket = start(finish);
            if (settled)
                opened.socket.close();
        });
    }
    queryUdp(server, name, type, signal) {
        const { id, message } = this.query(name, type);
        return this.exchange(signal, (finish) => {
            const socket = external_node_dgram_default().createSocket(external_node_net_default().isIPv6(server.host) ? 'udp6' : 'udp4');
            socket.on('error', (error) => finish(error));
            socket.on('message', (data) => {
                const answer = decodeAnswer(data, id, name, type);
                // A datagram that does not answer this question is ignored, as resolvers do against spoofing.
                if (answer)
                    finish(null, answer);
            });
            socket.send(message, server.port, server.host, (error) => {
                if (error)
                    finish(error);
            });
            return socket;
        });
    }
    queryTcp(server, name, type, signal) {
        const { id, message } = this.query(name, type);
        return this.exchange(signal, (finish) => {
            const socket = external_node_net_default().connect({ host: server.host, port: server.port });
            let buffer = Buffer.alloc(0);
            socket.on('error', (error) => finish(error));
            socket.on('connect', () => {
                const length = Buffer.alloc(2);
                length.writeUInt16BE(message.length);
                socket.write(Buffer.concat([length, message]));
            });
            socket.on('data', (chunk) => {
                buffer = Buffer.concat([buffer, chunk]);
                if (buffer.length < 2)
                    return;
                const size = buffer.readUInt16BE(0);
                if (buffer.length < size + 2)
                    return;
                const answer = decodeAnswer(buffer.subarray(2, size + 2), id, name, type);
                finish(answer ? null : new Error(`the TCP response from ${server.host} does not match the query`), answer ?? undefined);
            });
            socket.on('end', () => finish(new Error(`${server.host} closed the TCP connection without a response`)));
            return { close: () => socket.destroy() };
        });
    }
}
function decodeAnswer(data, id, name, type) {
    let decoded;
    try {
        decoded = dns_packet.decode(data);
    }
    catch {
        return null;
    }
    const question = decoded.questions?.[0];
    if (decoded.id !== id || decoded.type !== 'response' || !question || question.name.toLowerCase() !== name || question.type !== type)
        return null;
    return {
        rcode: decoded.rcode ?? 'NOERROR',
        truncated: decoded.flag_tc,
        answers: decoded.answers ?? [],
    };
}
function rcodeStatus(rcode) {
    if (rcode === 'NXDOMAIN')
        return 'nxdomain';
    if (rcode === 'SERVFAIL')
        return 'servfail';
    if (rcode === 'REFUSED')
        return 'refused';
    return 'error';
}
const UTF8 = new TextDecoder('utf-8');
function txtStrings(answer) {
    if (answer.type !== 'TXT')
        return [];
    const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
    return parts.map((part) => (typeof part === 'string' ? part : UTF8.decode(part)));
}
function toRecord(answer) {
    // The strings of one TXT record form one value, joined without separators (RFC 8461 §3.1).
    if (answer.type === 'TXT')
        return txtStrings(answer).join('');
    if (answer.type === 'MX') {
        const exchange = answer.data.exchange.toLowerCase().replace(/\.$/, '');
        return { preference: answer.data.preference ?? 0, exchange };
    }
    return 'data' in answer ? String(answer.data) : '';
}
function describeError(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${code}: ${message}` : message;
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/core/policy/parse.ts
var parse = __webpack_require__(7061);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/live/tls.ts
/**
 * TLS settings shared by the policy fetch and the STARTTLS probe: the trust
 * store, the protocol floor, and reading the peer certificate into plain
 * facts. Chain and name checks are kept apart: Node checks the chain, and the
 * core checks the name, because Node falls back to the subject CN, which
 * RFC 8461 §3.3 does not allow.
 */





/** Reads `--ca-file` PEM files and returns the trust store to use: Node's roots plus those. */
async function loadTrustStore(files) {
    if (files.length === 0)
        return undefined;
    const extra = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            throw new errors/* InputError */.dz(`cannot read --ca-file \`${file}\`: ${(0,workspace/* describeFsError */.TQ)(error)}`, { cause: error });
        }
        const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
        if (!blocks)
            throw new errors/* InputError */.dz(`--ca-file \`${file}\` contains no PEM certificate (\`-----BEGIN CERTIFICATE-----\`); give the CA certificate in PEM form`);
        extra.push(...blocks);
    }
    return [...(external_node_tls_default()).rootCertificates, ...extra];
}
const contexts = new WeakMap();
let defaultContext;
/**
 * Returns one TLS context per trust store, built on first use. Building a
 * context parses every CA certificate, about 20 ms for Node's roots plus a
 * `--ca-file`, so a context per connection would dominate a run over many
 * domains.
 */
function secureContextFor(ca) {
    if (!ca) {
        defaultContext ??= external_node_tls_default().createSecureContext({ minVersion: 'TLSv1.2' });
        return defaultContext;
    }
    let context = contexts.get(ca);
    if (!context) {
        context = external_node_tls_default().createSecureContext({ ca, minVersion: 'TLSv1.2' });
        contexts.set(ca, context);
    }
    return context;
}
/** Returns the options that every TLS connection of the checks uses. */
function tlsOptions(servername, ca) {
    return {
        servername,
        // The context carries the trust store and the TLS 1.2 floor.
        secureContext: secureContextFor(ca),
        // The chain error is read from the socket instead, so that an invalid certificate is still described in full.
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined,
    };
}
function certificateFacts(socket) {
    const peer = socket.getPeerCertificate(true);
    if (!peer || Object.keys(peer).length === 0)
        return null;
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
function firstValue(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? (value[0] ?? null) : value;
}
function describeChainCode(code) {
    const known = {
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
function opensslReason(message) {
    const reason = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1];
    return reason ?? message.trim();
}

;// CONCATENATED MODULE: ./src/adapters/live/https.ts
/**
 * Fetches a policy file as a strict sender does (RFC 8461 §3.3). It sends one
 * GET over HTTPS to a given address, with SNI and Host set to the policy host
 * and TLS 1.2 or later. It follows no redirects and reads at most 64 KiB. A
 * failing server gives an outcome in the result, not an exception.
 */





const POLICY_PATH = '/.well-known/mta-sts.txt';
/** Returns a fetch result with nothing received yet, for `target`. */
function emptyFetch(target) {
    return {
        url: `https://${target.host}${POLICY_PATH}`,
        address: target.address,
        port: target.port,
        family: external_node_net_default().isIPv6(target.address) ? 6 : 4,
        route: target.route,
        outcome: 'ok',
        error: null,
        certificate: null,
        status: null,
        headers: { contentType: null, location: null, cacheControl: null },
        body: null,
        truncated: false,
        elapsedMs: 0,
    };
}
async function fetchPolicy(target, options) {
    const started = performance.now();
    const deadlinePassed = () => options.signal?.aborted === true;
    const result = emptyFetch(target);
    if (deadlinePassed()) {
        return { ...result, outcome: 'deadline', error: { code: 'DEADLINE', message: 'the per-domain deadline passed before the fetch' } };
    }
    let certificate = null;
    let phase = 'connect';
    const connect = (_options, callback) => {
        const socket = external_node_tls_default().connect({ host: target.address, port: target.port, ...tlsOptions(target.host, options.ca), ALPNProtocols: ['http/1.1'] });
        const timer = setTimeout(() => socket.destroy(Object.assign(new Error(`no TLS connection within ${options.connectTimeoutMs / 1000} s`), { code: 'CONNECT_TIMEOUT' })), options.connectTimeoutMs);
        socket.once('connect', () => {
            phase = 'tls';
        });
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            phase = 'http';
            certificate = certificateFacts(socket);
            callback(null, socket);
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            if (phase !== 'http')
                callback(error, null);
        });
    };
    // The origin keeps port 443 so that the Host header is the bare policy host, wherever the connection goes.
    const client = new undici/* Client */.Kj(`https://${target.host}`, { connect, pipelining: 0, headersTimeout: options.totalTimeoutMs, bodyTimeout: options.totalTimeoutMs });
    const deadline = AbortSignal.timeout(options.totalTimeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    try {
        const response = await client.request({ path: POLICY_PATH, method: 'GET', headers: { host: target.host, accept: 'text/plain', 'user-agent': 'mta-sts-guard' }, signal });
        result.status = response.statusCode;
        result.headers = {
            contentType: header(response.headers, 'content-type'),
            location: header(response.headers, 'location'),
            cacheControl: header(response.headers, 'cache-control'),
        };
        const { body, truncated } = await readLimited(response.body, parse/* POLICY_MAX_BYTES */.gY);
        result.body = body;
        result.truncated = truncated;
    }
    catch (error) {
        const { outcome, code, message } = deadlinePassed()
            ? { outcome: 'deadline', code: 'DEADLINE', message: 'the per-domain deadline ended the fetch' }
            : classifyError(error, phase, signal.aborted, options);
        result.outcome = outcome;
        result.error = { code, message };
    }
    finally {
        result.certificate = certificate;
        result.elapsedMs = Math.round(performance.now() - started);
        await client.destroy().catch(() => undefined);
    }
    if (result.outcome === 'ok' && certificate === null)
        result.outcome = 'tls-failed';
    return result;
}
function header(headers, name) {
    const value = headers[name];
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(', ') : value;
}
/** Reads at most `limit` bytes and reports whether more was sent. */
async function readLimited(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            chunks.push(chunk.subarray(0, chunk.length - (size - limit)));
            body.destroy();
            return { body: new Uint8Array(Buffer.concat(chunks)), truncated: true };
        }
        chunks.push(chunk);
    }
    return { body: new Uint8Array(Buffer.concat(chunks)), truncated: false };
}
function classifyError(error, phase, aborted, options) {
    const code = String(error.code ?? error.name ?? 'ERROR');
    const message = error instanceof Error ? error.message : String(error);
    if (aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'CONNECT_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
        return { outcome: 'timeout', code: 'TIMEOUT', message: `no complete response within ${options.totalTimeoutMs / 1000} s` };
    }
    if (phase === 'connect')
        return { outcome: 'connect-failed', code, message: code === 'ECONNREFUSED' ? 'connection refused' : message };
    if (phase === 'tls')
        return { outcome: 'tls-failed', code, message: describeTlsError(code, message) };
    return { outcome: 'protocol-error', code, message };
}
function describeTlsError(code, message) {
    if (/PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|WRONG_VERSION_NUMBER/i.test(`${code} ${message}`)) {
        return `the server does not offer TLS 1.2 or later (${opensslReason(message)})`;
    }
    if (code === 'ECONNRESET')
        return 'the server closed the connection during the handshake (it may not serve this host name over SNI)';
    return opensslReason(message);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/live/smtp.ts
/**
 * Probes an MX host as a sending MTA does before it delivers under an
 * MTA-STS policy (RFC 8461 §4.2, §5): connect to port 25, EHLO, STARTTLS,
 * then read the certificate with SNI set to the MX host name. The probe
 * sends QUIT and never a message.
 */




/** Reads SMTP replies (RFC 5321 §4.2: `250-` continues, `250 ` ends) from a socket. */
class ReplyReader {
    buffer = '';
    lines = [];
    waiting;
    failure;
    constructor(socket) {
        socket.setEncoding('latin1');
        socket.on('data', (chunk) => this.push(chunk));
        socket.on('error', (error) => this.fail(error));
        socket.on('close', () => this.fail(Object.assign(new Error('the server closed the connection'), { code: 'ECONNRESET' })));
    }
    next() {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting = { resolve, reject };
            this.drain();
        });
    }
    detach(socket) {
        socket.removeAllListeners('data');
        socket.removeAllListeners('close');
    }
    push(chunk) {
        this.buffer += chunk;
        // A server that talks without end is not an SMTP server.
        if (this.buffer.length > 64 * 1024)
            this.fail(Object.assign(new Error('the reply is longer than 64 KiB'), { code: 'EPROTO' }));
        this.drain();
    }
    drain() {
        let newline;
        while ((newline = this.buffer.indexOf('\n')) >= 0) {
            this.lines.push(this.buffer.slice(0, newline).replace(/\r$/, ''));
            this.buffer = this.buffer.slice(newline + 1);
        }
        const end = this.lines.findIndex((line) => /^[0-9]{3}(?: |$)/.test(line));
        if (end < 0 || !this.waiting) {
            if (this.lines.some((line) => !/^[0-9]{3}[ -]?/.test(line)))
                this.fail(Object.assign(new Error(`not an SMTP reply: ${this.lines[0].slice(0, 60)}`), { code: 'EPROTO' }));
            return;
        }
        const lines = this.lines.splice(0, end + 1);
        const waiting = this.waiting;
        this.waiting = undefined;
        waiting.resolve({ code: Number(lines[end].slice(0, 3)), lines: lines.map((line) => line.slice(4)) });
    }
    fail(error) {
        this.failure ??= error;
        const waiting = this.waiting;
        this.waiting = undefined;
        waiting?.reject(this.failure);
    }
}
async function probeMx(target, options) {
    const result = { host: target.host, address: target.address, port: target.port, route: target.route, outcome: 'ok', error: null, banner: null, certificate: null };
    const socket = external_node_net_default().connect({ host: target.address, port: target.port });
    let secure;
    let stage = 'connect';
    const timer = setTimeout(() => (secure ?? socket).destroy(Object.assign(new Error(`timed out after ${options.timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })), options.timeoutMs);
    const onAbort = () => {
        (secure ?? socket).destroy(Object.assign(new Error('the per-domain deadline ended the probe'), { code: 'ETIMEDOUT' }));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        await new Promise((resolve, reject) => {
            socket.once('connect', resolve);
            socket.once('error', reject);
        });
        stage = 'smtp';
        const reader = new ReplyReader(socket);
        const greeting = await reader.next();
        result.banner = greeting.lines[0]?.slice(0, 120) ?? null;
        if (greeting.code !== 220)
            throw Object.assign(new Error(`the greeting is ${greeting.code} ${greeting.lines[0] ?? ''}`.trim()), { code: 'EPROTO' });
        socket.write(`EHLO ${heloName()}\r\n`);
        const ehlo = await reader.next();
        if (ehlo.code !== 250)
            throw Object.assign(new Error(`the server replied ${ehlo.code} to EHLO`), { code: 'EPROTO' });
        if (!ehlo.lines.some((line) => /^STARTTLS\b/i.test(line))) {
            result.outcome = 'no-starttls';
            socket.write('QUIT\r\n');
            return result;
        }
        socket.write('STARTTLS\r\n');
        const ready = await reader.next();
        if (ready.code !== 220) {
            result.outcome = 'no-starttls';
            result.error = { code: 'STARTTLS_REFUSED', message: `the server replied ${ready.code} to STARTTLS` };
            return result;
        }
        stage = 'tls';
        reader.detach(socket);
        secure = external_node_tls_default().connect({ socket, ...tlsOptions(target.host, options.ca) });
        await new Promise((resolve, reject) => {
            secure.once('secureConnect', resolve);
            secure.once('error', reject);
        });
        result.certificate = certificateFacts(secure);
        secure.write('QUIT\r\n');
    }
    catch (error) {
        const code = String(error.code ?? 'ERROR');
        const message = error instanceof Error ? error.message : String(error);
        result.error = { code, message: code === 'ECONNREFUSED' ? 'connection refused' : message };
        if (code === 'ETIMEDOUT')
            result.outcome = 'timeout';
        else if (stage === 'connect')
            result.outcome = 'unreachable';
        else if (stage === 'tls') {
            result.outcome = 'tls-failed';
            result.error.message = opensslReason(message);
        }
        else
            result.outcome = 'protocol-error';
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        secure?.destroy();
        socket.destroy();
    }
    return result;
}
/** Returns the EHLO name: this machine's name when it looks like a domain, else a name that identifies the tool. */
function heloName() {
    const name = (0,external_node_os_.hostname)();
    return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(name) ? name : 'mta-sts-guard.invalid';
}

;// CONCATENATED MODULE: ./src/app/live.ts
/**
 * Collects the live state of policy domains: DNS records, the policy file
 * from each address family of the policy host, and, with `smtp`, a STARTTLS
 * probe of each MX host. Domains run with bounded concurrency and a deadline
 * each. The verdicts come from the core's `evaluateLive`.
 */







const HTTPS_PORT = 443;
const SMTP_PORT = 25;
/** Checks one domain. What a server does ends up in the returned state, not in an exception. */
async function collectLiveState(domain, options, dns, now = () => new Date()) {
    const deadline = AbortSignal.timeout(options.deadlineMs);
    const policyHost = `mta-sts.${domain}`;
    const checkedAt = now().toISOString();
    const [sts, tlsrpt, mx, a, aaaa] = await Promise.all([
        dns.lookup(`_mta-sts.${domain}`, 'TXT', deadline),
        dns.lookup(`_smtp._tls.${domain}`, 'TXT', deadline),
        dns.lookup(domain, 'MX', deadline),
        dns.lookup(policyHost, 'A', deadline),
        dns.lookup(policyHost, 'AAAA', deadline),
    ]);
    const fetchOptions = { ca: options.ca, connectTimeoutMs: Math.min(options.timeoutMs, 10_000), totalTimeoutMs: options.timeoutMs, signal: deadline };
    const fetches = await Promise.all(planConnections(policyHost, HTTPS_PORT, a, aaaa, options).map((plan) => (plan.refused ? unconnectedFetch(plan, 'refused-address') : plan.skipped ? unconnectedFetch(plan, 'skipped') : fetchPolicy(plan, fetchOptions))));
    // Without MX records the domain's own addresses make the implicit MX (RFC 5321 §5.1).
    let implicitMx = null;
    if (mx.status === 'nodata') {
        const [domainA, domainAaaa] = await Promise.all([dns.lookup(domain, 'A', deadline), dns.lookup(domain, 'AAAA', deadline)]);
        implicitMx = { a: domainA, aaaa: domainAaaa };
    }
    let smtp = null;
    if (options.smtp && (mx.status === 'ok' || implicitMx?.a.records.length || implicitMx?.aaaa.records.length)) {
        const hosts = mx.records.length > 0 ? [...new Set(mx.records.map((record) => record.exchange))].filter((host) => host !== '') : [domain];
        smtp = await Promise.all(hosts.map((host) => probeHost(host, options, dns, deadline)));
    }
    return {
        domain,
        checkedAt,
        sts,
        tlsrpt,
        mx,
        policyHost: { name: policyHost, a, aaaa },
        fetches,
        smtp,
        implicitMx,
        deadlineExceeded: deadline.aborted,
        deadlineMs: options.deadlineMs,
    };
}
/**
 * Chooses where to connect. A `--connect-to` route with an address wins.
 * Otherwise the first IPv4 and the first IPv6 address from DNS are used, on
 * the route's port if one applies. Non-public addresses from DNS are refused
 * unless `allowPrivate` is set.
 */
function planConnections(host, port, a, aaaa, options) {
    const route = findRoute(options.routes, host, port);
    const toPort = route?.toPort ?? port;
    if (route?.address) {
        const replaced = [a.records[0], aaaa.records[0]].filter((address) => address !== undefined && address !== route.address);
        return [{ host, address: route.address, port: toPort, route: route.spec, refused: false }, ...replaced.map((address) => ({ host, address, port, route: route.spec, refused: false, skipped: true }))];
    }
    // NOTE: only the first address of each family is fetched, so a second A or AAAA record that serves another body goes unnoticed.
    const addresses = [a.records[0], aaaa.records[0]].filter((address) => address !== undefined && isIpAddress(address));
    return addresses.map((address) => ({ host, address, port: toPort, route: route?.spec ?? null, refused: !options.allowPrivate && classifyAddress(address) !== null }));
}
function unconnectedFetch(plan, outcome) {
    const error = outcome === 'skipped' ? { code: 'ROUTED', message: `--connect-to ${plan.route} sends the fetch elsewhere` } : { code: 'ADDRESS_REFUSED', message: `${plan.address} is not a public address` };
    return { ...emptyFetch(plan), outcome, error };
}
async function probeHost(host, options, dns, deadline) {
    const route = findRoute(options.routes, host, SMTP_PORT);
    const port = route?.toPort ?? SMTP_PORT;
    const base = { host, address: null, port, route: route?.spec ?? null, outcome: 'ok', error: null, banner: null, certificate: null };
    let address = route?.address ?? null;
    if (address === null) {
        const [a, aaaa] = await Promise.all([dns.lookup(host, 'A', deadline), dns.lookup(host, 'AAAA', deadline)]);
        address = a.records[0] ?? aaaa.records[0] ?? null;
        if (address === null) {
            const status = a.status === 'ok' ? aaaa.status : a.status;
            return { ...base, outcome: 'unresolved', error: { code: status.toUpperCase(), message: `the A and AAAA lookups ended in ${describeDnsStatus(status)}` } };
        }
        if (!options.allowPrivate && classifyAddress(address) !== null) {
            return { ...base, address, outcome: 'refused-address', error: { code: 'ADDRESS_REFUSED', message: `${address} is not a public address` } };
        }
    }
    return probeMx({ host, address, port, route: base.route }, { ca: options.ca, timeoutMs: options.timeoutMs, signal: deadline });
}
/** Runs `task` over `items` with at most `limit` at a time, keeping the input order in the results. */
async function mapConcurrent(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Parses `--shard I/N` (1-based). */
function parseShard(value) {
    const match = /^([0-9]+)\/([0-9]+)$/.exec(value.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new errors/* UsageError */.eb(`--shard \`${value}\` is invalid; expected I/N with 1 <= I <= N, such as 2/4 for the second of four shards`);
    }
    return { index, count };
}
/** Keeps the domains of one shard. Domains are sorted first, so every shard of a matrix job agrees on the split. */
function selectShard(domains, shard) {
    const sorted = [...new Set(domains)].sort();
    if (!shard)
        return sorted;
    return sorted.filter((_domain, position) => position % shard.count === shard.index - 1);
}

;// CONCATENATED MODULE: ./src/app/inspect.ts
/**
 * The live jobs: `inspect` (the live state of any domains, no repository)
 * and the live half of `check --live` (the repository's domains compared
 * with what senders see).
 */





/** Checks the live state of each domain (of one shard), with the repository's side where given. */
async function runLive(domains, options, repository = new Map()) {
    const selected = selectShard(domains, options.shard);
    const dns = new DnsClient({ servers: options.resolvers, timeoutMs: options.dnsTimeoutMs, retries: options.dnsRetries });
    let done = 0;
    const states = await mapConcurrent(selected, options.concurrency, async (domain) => {
        const state = await collectLiveState(domain, options, dns, options.now);
        options.onProgress?.(++done, selected.length, domain);
        return state;
    });
    const findings = [];
    const live = [];
    for (const state of states) {
        const result = evaluateLive(state, repository.get(state.domain) ?? null, options.settings, options.slowMs === undefined ? {} : { slowMs: options.slowMs });
        findings.push(...result.findings);
        live.push(result.summary);
    }
    findings.sort(diagnostic/* compareFindings */.E);
    return { findings, live, states };
}
/**
 * Narrows a check report to the domains of one shard, so a matrix job reports
 * the lint findings of its own domains only. Findings of policy files whose
 * domain is unknown stay in the first shard. Returns the number of domains
 * kept.
 */
function keepShard(report, shard) {
    const all = report.results.map((result) => result.domain).filter((domain) => domain !== null);
    const kept = new Set(selectShard(all, shard));
    const first = shard.index === 1;
    report.findings = report.findings.filter((finding) => (finding.domain === null ? first : kept.has(finding.domain)));
    report.domains = report.domains.filter((domain) => (domain.domain === null ? first : kept.has(domain.domain)));
    return kept.size;
}
/**
 * Runs the live half of `check --live` on every policy domain of a check
 * report. The drift rules get each domain's policy, id and history from the
 * repository, and the rule settings come from the report's config.
 */
async function runLiveForReport(report, options, historyDepth) {
    const histories = await (0,gate/* readRepositoryHistory */.nq)(report, historyDepth ?? report.config?.historyDepth ?? gate/* DEFAULT_HISTORY_DEPTH */.jw);
    const sides = new Map();
    for (const [index, result] of report.results.entries()) {
        if (!result.domain || sides.has(result.domain))
            continue;
        const input = report.inputs[index];
        const hasRecord = input.sts !== undefined && input.sts.records.length > 0 && !input.sts.cname;
        sides.set(result.domain, { result, hasRecord, history: histories.get(result.domain) ?? [] });
    }
    return runLive([...sides.keys()], { ...options, settings: report.config?.rules ?? new Map() }, sides);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/live-defaults.ts
var live_defaults = __webpack_require__(9520);
;// CONCATENATED MODULE: ./src/app/live-options.ts
/**
 * Turns the live check settings, given as command-line flags or action
 * inputs, into checked options: every value is validated with a message
 * that names it, and `--ca-file` is read.
 */







function seconds(flag, value, fallbackMs) {
    if (value === undefined)
        return fallbackMs;
    const number = Number(value);
    if (!(Number.isFinite(number) && number > 0 && number <= 3600))
        throw new errors/* UsageError */.eb(`${flag} \`${value}\` is invalid; expected seconds from 0.1 to 3600, such as 15`);
    return Math.round(number * 1000);
}
/** Turns the live flags into options; reads `--ca-file` and checks every value. */
async function liveOptionsFrom(values, cwd) {
    let routes;
    try {
        routes = (values['connect-to'] ?? []).map(parseConnectTo);
    }
    catch (error) {
        if (error instanceof ConnectToError)
            throw new errors/* UsageError */.eb(error.message, { cause: error });
        throw error;
    }
    const concurrency = values.concurrency === undefined ? live_defaults/* LIVE_DEFAULTS */.w.concurrency : Number(values.concurrency);
    if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1024)) {
        throw new errors/* UsageError */.eb(`--concurrency \`${values.concurrency}\` is invalid; expected a whole number from 1 to 1024, such as ${live_defaults/* LIVE_DEFAULTS */.w.concurrency}`);
    }
    const timeoutMs = seconds('--timeout', values.timeout, live_defaults/* LIVE_DEFAULTS */.w.timeoutMs);
    const deadlineMs = seconds('--deadline', values.deadline, Math.max(live_defaults/* LIVE_DEFAULTS */.w.deadlineMs, timeoutMs * 2));
    return {
        resolvers: values.resolver && values.resolver.length > 0 ? parseResolvers(values.resolver) : systemResolvers(),
        routes,
        ca: await loadTrustStore((values['ca-file'] ?? []).map((file) => external_node_path_default().resolve(cwd, file))),
        allowPrivate: values['allow-private'] === true,
        smtp: values.smtp === true,
        dnsTimeoutMs: Math.min(live_defaults/* LIVE_DEFAULTS */.w.dnsTimeoutMs, timeoutMs),
        dnsRetries: live_defaults/* LIVE_DEFAULTS */.w.dnsRetries,
        timeoutMs,
        deadlineMs,
        concurrency,
        ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/live-text.ts
/**
 * The readable part of `inspect` and `check --live`: what DNS, the policy
 * host and the MX hosts show for each domain, before the findings. Every
 * value comes from the network, so control characters are escaped.
 */


const LABEL_WIDTH = 14;
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function row(label, value) {
    return `  ${label.padEnd(LABEL_WIDTH)}${value}`;
}
function more(value) {
    return `  ${' '.repeat(LABEL_WIDTH)}${value}`;
}
function ttl(lookup) {
    return lookup.ttl === null ? '' : `  (TTL ${lookup.ttl} s)`;
}
function lookupText(lookup) {
    if (lookup.status === 'ok')
        return null;
    const names = { nxdomain: 'NXDOMAIN: the name does not exist', nodata: 'no record of this type', servfail: 'SERVFAIL, inconclusive', refused: 'REFUSED, inconclusive', timeout: 'timed out, inconclusive', error: 'failed, inconclusive', ok: '' };
    const detail = lookup.detail && lookup.status !== 'nxdomain' && lookup.status !== 'nodata' ? ` (${clean(lookup.detail)})` : '';
    return names[lookup.status] + detail;
}
const FETCH_OUTCOMES = {
    ok: 'fetched',
    'refused-address': 'not connected: the address is not public',
    'connect-failed': 'connection failed',
    'tls-failed': 'TLS handshake failed',
    timeout: 'timed out',
    'protocol-error': 'invalid HTTP response',
    deadline: 'stopped at the per-domain deadline',
    skipped: 'not fetched',
};
const SMTP_OUTCOMES = {
    ok: 'STARTTLS offered',
    'no-starttls': 'no STARTTLS',
    'refused-address': 'not connected: the address is not public',
    unreachable: 'port 25 not reachable from here',
    timeout: 'timed out',
    'tls-failed': 'STARTTLS handshake failed',
    'protocol-error': 'not an SMTP reply',
    unresolved: 'no address',
};
/** Describes a certificate's validity for `host`: chain, name and expiry, each in plain words. */
function certificateVerdict(certificate, host, now) {
    const parts = [];
    parts.push(certificate.chainError ? `chain not trusted (${clean(certificate.chainError.code)})` : 'chain trusted');
    if (!certificateCovers(certificate, host))
        parts.push(`does not name ${clean(host)}`);
    const days = Math.floor((Date.parse(certificate.validTo) - now.getTime()) / 86_400_000);
    const date = certificate.validTo.slice(0, 10);
    parts.push(days < 0 ? `expired ${date} (${Math.ceil((now.getTime() - Date.parse(certificate.validTo)) / 86_400_000)} days ago)` : `expires ${date} (in ${days} days)`);
    return parts.join('; ');
}
function txtLines(label, lookup) {
    const lines = [];
    const status = lookupText(lookup);
    if (status !== null) {
        lines.push(row(label, status));
    }
    else {
        lookup.records.forEach((record, index) => lines.push(index === 0 ? row(label, `${clean(record)}${ttl(lookup)}`) : more(clean(record))));
    }
    for (const step of lookup.cnames)
        lines.push(more(`CNAME ${clean(step.name)} → ${clean(step.target)} (TTL ${step.ttl} s)`));
    return lines;
}
function fetchLine(fetch) {
    const where = `IPv${fetch.family} ${fetch.address}${fetch.port === 443 ? '' : ` port ${fetch.port}`}${fetch.route ? ` (--connect-to ${clean(fetch.route)})` : ''}`;
    if (fetch.outcome === 'deadline')
        return `${where}: ${FETCH_OUTCOMES.deadline}`;
    if (fetch.outcome !== 'ok')
        return `${where}: ${FETCH_OUTCOMES[fetch.outcome]}${fetch.error ? ` (${clean(fetch.error.message)})` : ''}`;
    const type = fetch.headers.contentType === null ? 'no Content-Type' : clean(fetch.headers.contentType);
    const size = fetch.body ? `${fetch.body.length}${fetch.truncated ? '+' : ''} bytes` : 'no body';
    return `${where}: ${fetch.status}, ${type}, ${size}, ${fetch.elapsedMs} ms`;
}
function certificateLine(fetch, host, now) {
    const certificate = fetch?.certificate;
    if (!certificate)
        return null;
    const names = certificate.dnsNames.length > 0 ? certificate.dnsNames.slice(0, 4).map(clean).join(', ') + (certificate.dnsNames.length > 4 ? ', …' : '') : `CN ${clean(certificate.commonName ?? '?')} only`;
    const protocol = certificate.protocol ? `${clean(certificate.protocol)}, ` : '';
    return `certificate ${names} (${protocol}issuer ${clean(certificate.issuer ?? '?')}): ${certificateVerdict(certificate, host, now)}`;
}
function mxLine(mx, probe, mxPolicy, now) {
    let text = `${mx.preference === null ? '' : `${mx.preference} `}${clean(mx.host)}`;
    const policy = mxPolicy === 'repository' ? "the repository's policy" : 'the served policy';
    if (mx.covered === true)
        text += `  matches ${policy}`;
    if (mx.covered === false)
        text += `  matches no mx pattern of ${policy}`;
    if (probe) {
        text += `  ${SMTP_OUTCOMES[probe.outcome]}`;
        if (probe.certificate)
            text += `, certificate: ${certificateVerdict(probe.certificate, mx.host, now)}`;
    }
    return text;
}
/** Renders one block per domain, headed by the domain and its finding counts. */
function formatLiveState(states, summaries, findings = []) {
    const blocks = [];
    for (const [index, state] of states.entries()) {
        const summary = summaries[index];
        const now = new Date(state.checkedAt);
        const counts = (0,report_summary/* countFindings */.Gt)(findings.filter((finding) => finding.domain === state.domain));
        const verdict = counts.errors + counts.warnings + counts.notices === 0 ? 'no problems' : `${(0,report_summary/* plural */.LS)(counts.errors, 'error')}, ${(0,report_summary/* plural */.LS)(counts.warnings, 'warning')}, ${(0,report_summary/* plural */.LS)(counts.notices, 'notice')}`;
        const lines = [`${clean(state.domain)}: ${verdict}`];
        lines.push(...txtLines('_mta-sts', state.sts));
        const addresses = [...state.policyHost.a.records, ...state.policyHost.aaaa.records];
        const hostStatus = addresses.length > 0 ? addresses.map(clean).join(', ') : (lookupText(state.policyHost.a) ?? 'no address');
        lines.push(row('policy host', `${clean(state.policyHost.name)}: ${hostStatus}`));
        for (const step of [...state.policyHost.a.cnames, ...state.policyHost.aaaa.cnames].filter((step, position, all) => all.findIndex((other) => other.name === step.name) === position)) {
            lines.push(more(`CNAME ${clean(step.name)} → ${clean(step.target)}`));
        }
        if (state.fetches.length === 0)
            lines.push(row('policy', 'not fetched'));
        state.fetches.forEach((fetch, position) => lines.push(position === 0 ? row('policy', fetchLine(fetch)) : more(fetchLine(fetch))));
        const primary = state.fetches.find((fetch) => fetch.certificate) ?? undefined;
        const certificate = certificateLine(primary, state.policyHost.name, now);
        if (certificate)
            lines.push(more(certificate));
        if (summary.policy === 'invalid')
            lines.push(more('the served policy is invalid, so senders ignore it (see the findings)'));
        if (summary.mode !== null) {
            lines.push(more(`mode ${clean(summary.mode)}, max_age ${summary.maxAge ?? '?'}, mx ${summary.mxPatterns.map(clean).join(', ') || 'none'}${summary.bodyMatch ? `; ${summary.bodyMatch === 'same' ? 'same as' : 'differs from'} the repository` : ''}`));
        }
        const mxStatus = lookupText(state.mx);
        if (mxStatus !== null && state.mx.status !== 'nodata' && state.mx.status !== 'nxdomain') {
            lines.push(row('MX', mxStatus));
        }
        else if (state.mx.records.length === 1 && state.mx.records[0].exchange === '') {
            lines.push(row('MX', 'null MX (RFC 7505): the domain accepts no mail'));
        }
        else {
            const implicitAddresses = [...(state.implicitMx?.a.records ?? []), ...(state.implicitMx?.aaaa.records ?? [])];
            if (state.mx.status === 'nxdomain')
                lines.push(row('MX', 'NXDOMAIN: the domain does not exist'));
            else if (state.mx.records.length === 0 && state.implicitMx && implicitAddresses.length === 0)
                lines.push(row('MX', 'none, and the domain has no address: it receives no mail'));
            else if (state.mx.records.length === 0)
                lines.push(row('MX', `none; senders use the implicit MX ${clean(state.domain)}`));
            summary.mx.forEach((mx, position) => {
                const probe = state.smtp?.find((candidate) => candidate.host === mx.host);
                const text = mxLine(mx, probe, summary.mxPolicy, now);
                lines.push(position === 0 && state.mx.records.length > 0 ? row('MX', text + ttl(state.mx)) : more(text));
            });
        }
        lines.push(...txtLines('_smtp._tls', state.tlsrpt));
        if (state.deadlineExceeded)
            lines.push(row('deadline', `passed after ${state.deadlineMs / 1000} s; some checks did not complete`));
        blocks.push(lines.join('\n'));
    }
    return blocks.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/meta.ts + 1 modules
var meta = __webpack_require__(9998);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/live-flags.ts
var live_flags = __webpack_require__(5428);
;// CONCATENATED MODULE: ./src/cli/live.ts
/**
 * Command-line parts of the live checks: the flags shared by `inspect` and
 * `check --live`, and the `inspect` command.
 */














/** Progress on a terminal's stderr only, so that redirected output and CI logs stay clean. */
function progressTo(stream) {
    if (stream.isTTY !== true)
        return undefined;
    return (done, total) => {
        stream.write(`\r\u001b[K${meta/* TOOL_NAME */.lH}: checked ${done}/${total} domain${total === 1 ? '' : 's'}`);
        if (done === total)
            stream.write('\r\u001b[K');
    };
}
const INSPECT_HELP = `Usage: ${meta/* TOOL_NAME */.lH} inspect DOMAIN... [options]

Shows what senders see for each policy domain: the _mta-sts and _smtp._tls
records, the policy served at https://mta-sts.DOMAIN/.well-known/mta-sts.txt,
its certificate, and whether every MX host matches an mx pattern. No
repository is needed.

Options:
  --format text|json|sarif   Output format (default: text).
  --output FILE              Write the report to FILE instead of standard output.
  --fail-on error|warning|never
                             Lowest severity that makes the exit status 1
                             (default: error).
  --quiet                    Print only findings at the fail level.
  --no-color                 Never color the output.
  -h, --help                 Show this help.

${live_flags/* LIVE_HELP */.Rn}`;
async function runInspect(args, io, render) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string' },
                'fail-on': { type: 'string' },
                quiet: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                debug: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                ...live_flags/* LIVE_FLAGS */.H8,
            },
        });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${error.message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${meta/* TOOL_NAME */.lH} inspect --help\`)`, { cause: error });
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(INSPECT_HELP);
        return 0;
    }
    const format = render.oneOf('--format', values.format ?? 'text', ['text', 'json', 'sarif']);
    const failOn = render.oneOf('--fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never']);
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb(`inspect needs at least one domain, such as \`${meta/* TOOL_NAME */.lH} inspect example.com\``);
    const domains = positionals.map((given) => {
        const domain = given.toLowerCase().replace(/\.$/, '');
        if (!(0,workspace/* isDomainName */.an)(domain))
            throw new errors/* UsageError */.eb(`\`${given}\` is not a domain name; give the policy domain, such as example.com (not a URL or an e-mail address)`);
        if (!domain.startsWith('mta-sts.'))
            return domain;
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: note: \`${given}\` is a policy host; inspecting its policy domain \`${domain.slice(8)}\`\n`);
        return domain.slice(8);
    });
    const options = await liveOptionsFrom(values, io.cwd);
    if (options.shard && selectShard(domains, options.shard).length === 0) {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: note: shard ${options.shard.index}/${options.shard.count} has no domain (${domains.length} in all, fewer than the shards)\n`);
    }
    const onProgress = progressTo(io.stderr);
    const report = await runLive(domains, { ...options, ...(onProgress ? { onProgress } : {}) });
    const output = renderLive(report, format, { color: render.color && !values['no-color'] && values.output === undefined, quiet: values.quiet === true, failOn });
    await render.write(values.output, output);
    return report.findings.some((finding) => (0,report_summary/* reachesFailLevel */.GB)(finding.severity, failOn)) ? 1 : 0;
}
/** Renders a live report: the readable state and the findings, or JSON / SARIF with the same contract as `check`. */
function renderLive(report, format, options) {
    if (format === 'json')
        return (0,json/* formatJson */.I)(report.findings, report.live.map(jsonDomain), 0, report.live);
    if (format === 'sarif')
        return (0,sarif/* formatSarif */.z)(report.findings);
    const findings = (0,report_text/* formatText */.v)(report.findings, { ...options, files: null, domains: report.live.length });
    if (options.quiet)
        return findings;
    return `${formatLiveState(report.states, report.live, report.findings)}\n\n${findings}`;
}
function jsonDomain(summary) {
    return { domain: summary.domain, policyFile: null, mode: summary.mode, maxAge: summary.maxAge, mx: summary.mxPatterns, id: summary.id };
}
/**
 * Runs the live half of `check --live`: narrows the report to the shard, then
 * checks each policy domain, with notes on `stderr` when there is nothing to check.
 */
async function checkLive(report, options, historyDepth, stderr) {
    if (options.shard && keepShard(report, options.shard) === 0) {
        stderr.write(`${meta/* TOOL_NAME */.lH}: note: shard ${options.shard.index}/${options.shard.count} has no policy domain (there are fewer domains than shards)\n`);
    }
    const onProgress = progressTo(stderr);
    const live = await runLiveForReport(report, { ...options, ...(onProgress ? { onProgress } : {}) }, historyDepth);
    if (live.states.length === 0 && !options.shard)
        stderr.write(`${meta/* TOOL_NAME */.lH}: note: --live found no policy domain to check; name it with --domain or in .mta-sts-guard.yml\n`);
    return live;
}
/** Formats the readable live state that precedes the findings in text output; empty when no domain was checked. */
function formatLiveBlock(live, findings) {
    return live.states.length > 0 ? formatLiveState(live.states, live.live, findings) : '';
}


/***/ })

};

//# sourceMappingURL=843.index.js.map