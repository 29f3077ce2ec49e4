#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   a: () => (/* binding */ CONFIG_FILE_NAME)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Finds the configuration file and loads its parser only when there is one,
 * because the YAML and schema libraries dominate start-up time.
 */


const CONFIG_FILE_NAME = '.mta-sts-guard.yml';
/**
 * Loads the configuration from `explicitPath`, or from `.mta-sts-guard.yml`
 * in `cwd` when it exists. Returns null when there is no configuration.
 */
async function loadConfig(cwd, explicitPath) {
    if (explicitPath === undefined) {
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, CONFIG_FILE_NAME)).then((info) => info.isFile(), () => false);
        if (!found)
            return null;
    }
    const { readConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(152)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9152));
    return readConfig(cwd, explicitPath);
}


/***/ }),

/***/ 5729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ GuardError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Operational failures (bad input, missing files, git or network errors).
 * Lint results are never thrown: they are findings. Each class has a stable
 * `code` that scripts and tests can match instead of the message.
 */
class GuardError extends Error {
    code;
    constructor(message, code = 'GUARD_ERROR', options) {
        super(message, options);
        this.name = 'GuardError';
        this.code = code;
    }
}
/** A command-line flag or argument is invalid. */
class UsageError extends GuardError {
    constructor(message, options) {
        super(message, 'USAGE_INVALID', options);
        this.name = 'UsageError';
    }
}
/** The configuration file cannot be read or does not match the schema. */
class ConfigError extends GuardError {
    constructor(message, options) {
        super(message, 'CONFIG_INVALID', options);
        this.name = 'ConfigError';
    }
}
/** A file or folder named by the user or the configuration cannot be read. */
class InputError extends GuardError {
    constructor(message, options) {
        super(message, 'INPUT_UNREADABLE', options);
        this.name = 'InputError';
    }
}
/** A git command failed. */
class GitError extends GuardError {
    constructor(message, options) {
        super(message, 'GIT_FAILED', options);
        this.name = 'GitError';
    }
}


/***/ }),

/***/ 1841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ readSiteFacts),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   an: () => (/* binding */ isDomainName),
/* harmony export */   rK: () => (/* binding */ inferDomain),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName)
/* harmony export */ });
/* unused harmony exports POLICY_FILE_NAME, siteRootOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Facts about policy files that come from the files around them: the
 * policy domain (GitHub Pages `CNAME`, folder names) and how the site that
 * serves them is built. Everything is read through a `Tree`, so the same
 * facts can be gathered for a commit.
 */

const POLICY_FILE_NAME = 'mta-sts.txt';
function isPolicyFileName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file) === POLICY_FILE_NAME;
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a folder, expected a file';
    if (code === 'ENOTDIR')
        return 'a parent of the path is not a folder';
    return error.message;
}
/** Returns the site root that serves the policy file: the parent of `.well-known`, or the file's own folder. */
function siteRootOf(file) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file);
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(folder) === '.well-known' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(folder) : folder;
    return root === '.' ? '' : root;
}
function join(folder, name) {
    return folder ? `${folder}/${name}` : name;
}
async function readSmallText(tree, file) {
    const bytes = await tree.read(file);
    if (bytes === null || bytes.length > 64 * 1024)
        return null;
    return new TextDecoder('utf-8').decode(bytes);
}
/**
 * Infers the policy domain of a policy file from a GitHub Pages `CNAME`
 * file naming `mta-sts.<domain>` in the site root, or from the nearest path
 * segment `mta-sts.<domain>` (the repository folder's name counts).
 */
async function inferDomain(tree, file) {
    const cname = await readSmallText(tree, join(siteRootOf(file), 'CNAME'));
    const cnameHost = cname?.split(/\r?\n/)[0]?.trim().toLowerCase().replace(/\.$/, '');
    if (cnameHost?.startsWith('mta-sts.') && isDomainName(cnameHost.slice(8))) {
        return { domain: cnameHost.slice(8), origin: 'cname' };
    }
    const segments = [...tree.root.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)), ...file.split('/').slice(0, -1)].reverse();
    for (const segment of segments) {
        const lower = segment.toLowerCase();
        if (!lower.startsWith('mta-sts.'))
            continue;
        const candidate = lower.slice(8);
        // A repository named `<name>.github.io` is a Pages site, not a domain.
        if (/\.github\.io$|\.gitlab\.io$/.test(candidate))
            continue;
        if (isDomainName(candidate))
            return { domain: candidate, origin: 'path' };
    }
    return { domain: null, origin: null, ...(cnameHost && isDomainName(cnameHost) ? { cnameHost } : {}) };
}
function isDomainName(value) {
    return /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i.test(value);
}
const OTHER_GENERATORS = ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'astro.config.mjs', 'astro.config.ts', 'next.config.js', 'next.config.mjs', 'eleventy.config.js', '.eleventy.js', 'mkdocs.yml', 'docusaurus.config.js', 'gatsby-config.js', 'zola.toml'];
/**
 * Gathers how the site around a policy file is built. Jekyll counts when the
 * site root has `_config.yml`, or when it is a GitHub Pages source (the
 * repository root or `docs/`) with a `CNAME` file and no other generator.
 */
async function readSiteFacts(tree, file) {
    const siteRoot = siteRootOf(file);
    const facts = {};
    const inside = siteRoot ? file.slice(siteRoot.length + 1) : file;
    const dotFolder = inside.split('/').slice(0, -1).find((segment) => segment.startsWith('.'));
    if (dotFolder)
        facts.dotFolder = dotFolder;
    const listing = new Set(await tree.list());
    const disabled = listing.has(join(siteRoot, '.nojekyll'));
    const config = await readSmallText(tree, join(siteRoot, '_config.yml'));
    if (config !== null) {
        facts.jekyll = { signal: '_config.yml', disabled, includesDotFolder: await jekyllIncludes(config, dotFolder) };
        return facts;
    }
    const isPagesSource = siteRoot === '' || siteRoot === 'docs';
    if (isPagesSource && listing.has(join(siteRoot, 'CNAME'))) {
        if (!OTHER_GENERATORS.some((name) => listing.has(name))) {
            facts.jekyll = { signal: 'CNAME', disabled, includesDotFolder: false };
        }
    }
    return facts;
}
async function jekyllIncludes(configText, dotFolder) {
    if (!dotFolder)
        return true;
    const { parse: parseYaml } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    try {
        const config = parseYaml(configText);
        const include = config?.include;
        if (!Array.isArray(include))
            return false;
        return include.some((entry) => typeof entry === 'string' && entry.replace(/^\/|\/$/g, '') === dotFolder);
    }
    catch {
        // An unreadable _config.yml breaks the Jekyll build itself; do not guess what it includes.
        return true;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1583);

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1583:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/diagnostic.ts
/**
 * The one finding shape that every rule produces and every reporter consumes.
 */
/** Rank used to sort findings and to compare a finding with `--fail-on`. */
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** Orders findings by file, position, then severity, so output is stable. */
function compareFindings(a, b) {
    const fileA = a.file ?? '';
    const fileB = b.file ?? '';
    if (fileA !== fileB)
        return fileA < fileB ? -1 : 1;
    const lineA = a.span?.line ?? 0;
    const lineB = b.span?.line ?? 0;
    if (lineA !== lineB)
        return lineA - lineB;
    const columnA = a.span?.column ?? 0;
    const columnB = b.span?.column ?? 0;
    if (columnA !== columnB)
        return columnA - columnB;
    const rank = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    if (rank !== 0)
        return rank;
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/core/policy/canonical.ts
/**
 * The canonical form of a policy: what senders act on, without the bytes
 * that do not change their behaviour (field order, whitespace, line endings,
 * mx case and repeats). Two policies with equal canonical text need no new
 * policy id between them (RFC 8461 §3.1).
 */
/** Builds the canonical form. Invalid registered values keep their raw text, so fixing them counts as a change. */
function canonicalizePolicy(policy) {
    const first = (name) => policy.fields.find((field) => field.name === name)?.value ?? null;
    const mx = new Set();
    for (const field of policy.mxFields) {
        if (field.value.length > 0)
            mx.add(field.value.toLowerCase());
    }
    const extensions = new Map();
    for (const field of policy.extensions) {
        if (!extensions.has(field.name))
            extensions.set(field.name, field.value);
    }
    return {
        version: first('version'),
        mode: first('mode'),
        maxAge: policy.maxAge ?? first('max_age'),
        mx: [...mx].sort(),
        extensions: [...extensions.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
    };
}
/** Serializes the canonical form as a policy body in the order of RFC 8461 Appendix A, LF-terminated. */
function canonicalText(canonical) {
    const lines = [];
    if (canonical.version !== null)
        lines.push(`version: ${canonical.version}`);
    if (canonical.mode !== null)
        lines.push(`mode: ${canonical.mode}`);
    for (const pattern of canonical.mx)
        lines.push(`mx: ${pattern}`);
    if (canonical.maxAge !== null)
        lines.push(`max_age: ${canonical.maxAge}`);
    for (const [name, value] of canonical.extensions)
        lines.push(`${name}: ${value}`);
    return lines.map((line) => `${line}\n`).join('');
}
/** Compares two canonical forms. */
function samePolicyContent(a, b) {
    return canonicalText(a) === canonicalText(b);
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/core/mx.ts
/**
 * mx patterns (RFC 8461 §3.2 `sts-policy-mx-value`) and their matching
 * against MX host names (§4.1).
 */

const LABEL_CHAR = /[A-Za-z0-9-]/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Checks one mx pattern as written after `mx:` (surrounding whitespace
 * removed). Returns nothing for a valid, tidy pattern.
 */
function checkMxPattern(pattern, mode) {
    const problems = [];
    const comment = /^(\S*)[ \t]+#/.exec(pattern);
    if (comment) {
        // The part before the comment gets its own checks, so the suggested fix is never itself invalid.
        const inner = checkMxPattern(comment[1], mode).filter((problem) => problem.ruleId !== 'STS217');
        const offset = pattern.indexOf('#');
        problems.push({ ruleId: 'STS214', messageId: inner.length > 0 ? 'commentOnly' : 'comment', data: { value: pattern, fixed: comment[1] }, offset, length: pattern.length - offset });
        problems.push(...inner);
        return problems;
    }
    const template = /\{\{.*\}\}|\{%.*%\}|\$\{.*\}|<%.*%>/.exec(pattern);
    if (template) {
        problems.push({ ruleId: 'STS214', messageId: 'placeholder', data: { value: pattern }, offset: template.index, length: template[0].length });
        return problems;
    }
    const listMatch = /[,\s]/.exec(pattern);
    if (listMatch) {
        const parts = pattern.split(/[,\s]+/).filter((part) => part.length > 0);
        problems.push({
            ruleId: 'STS211',
            messageId: 'list',
            data: { value: pattern, lines: parts.map((part) => `mx: ${part}`).join('`, `') },
            offset: listMatch.index,
            length: 1,
        });
        return problems;
    }
    const nonAscii = /[^\x00-\x7f]/u.exec(pattern);
    if (nonAscii) {
        const aLabel = (0,external_node_url_namespaceObject.domainToASCII)(pattern.replace(/^\*\./, ''));
        problems.push({
            ruleId: 'STS212',
            messageId: aLabel ? 'withALabel' : 'plain',
            data: { value: pattern, aLabel: pattern.startsWith('*.') ? `*.${aLabel}` : aLabel },
            offset: nonAscii.index,
            length: nonAscii[0].length,
        });
        return problems;
    }
    const shape = checkShape(pattern);
    if (shape) {
        problems.push(shape);
        return problems;
    }
    const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
    if (IPV4.test(host)) {
        problems.push({
            ruleId: 'STS215',
            messageId: 'ipv4',
            data: { value: pattern },
            // A pattern that can never match makes enforce-mode delivery fail, so it is an error there.
            ...(mode === 'enforce' ? { severity: 'error' } : {}),
        });
    }
    for (const label of host.split('.')) {
        if (!/^xn--/i.test(label))
            continue;
        const unicode = (0,external_node_url_namespaceObject.domainToUnicode)(label.toLowerCase());
        const roundTrip = unicode ? (0,external_node_url_namespaceObject.domainToASCII)(unicode) : '';
        if (!unicode || roundTrip !== label.toLowerCase()) {
            problems.push({
                ruleId: 'STS213',
                messageId: 'badPunycode',
                data: { value: pattern, label },
                offset: pattern.indexOf(label),
                length: label.length,
            });
            break;
        }
    }
    if (pattern !== pattern.toLowerCase()) {
        problems.push({ ruleId: 'STS217', messageId: 'uppercase', data: { value: pattern, lower: pattern.toLowerCase() } });
    }
    return problems;
}
/** Finds the first way the pattern breaks the grammar or DNS length limits. */
function checkShape(pattern) {
    const invalid = (messageId, data = {}, offset, length = 1) => ({
        ruleId: 'STS214',
        messageId,
        data: { value: pattern, ...data },
        ...(offset === undefined ? {} : { offset, length }),
    });
    if (pattern.startsWith('[') || /^[0-9a-f]*:[0-9a-f:.]*$/i.test(pattern) && pattern.includes('::')) {
        return invalid('addressLiteral');
    }
    const portMatch = /^([^:]+):(\d+)$/.exec(pattern);
    if (portMatch) {
        return invalid('port', { host: portMatch[1], port: portMatch[2] }, portMatch[1].length, portMatch[2].length + 1);
    }
    if (pattern === '*' || pattern === '*.') {
        return invalid('wildcardOnly');
    }
    if (pattern.length > 1 && pattern.endsWith('.')) {
        return invalid('trailingDot', { fixed: pattern.replace(/\.+$/, '') }, pattern.length - 1);
    }
    if (pattern.startsWith('.')) {
        return invalid('leadingDot', { fixed: `*${pattern}` }, 0);
    }
    const starIndex = pattern.indexOf('*');
    if (starIndex >= 0) {
        if (starIndex === 0 && pattern.startsWith('*.')) {
            const second = pattern.indexOf('*', 1);
            if (second >= 0)
                return invalid('multiWildcard', {}, second);
        }
        else if (starIndex === 0) {
            return invalid('partialWildcard', {}, 0, 2);
        }
        else {
            return invalid('innerWildcard', {}, starIndex);
        }
    }
    const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
    const hostOffset = pattern.length - host.length;
    if (host.length > 253) {
        return invalid('nameTooLong', { length: host.length });
    }
    let labelOffset = hostOffset;
    for (const label of host.split('.')) {
        if (label.length === 0) {
            return invalid('emptyLabel', {}, labelOffset);
        }
        for (let index = 0; index < label.length; index++) {
            const char = label[index];
            if (!LABEL_CHAR.test(char)) {
                return invalid(char === '_' ? 'underscore' : 'badChar', { char, label }, labelOffset + index);
            }
        }
        if (label.startsWith('-') || label.endsWith('-')) {
            return invalid('hyphen', { label }, label.startsWith('-') ? labelOffset : labelOffset + label.length - 1);
        }
        if (label.length > 63) {
            return invalid('labelTooLong', { label: label.slice(0, 20) + '…', length: label.length }, labelOffset, label.length);
        }
        labelOffset += label.length + 1;
    }
    return undefined;
}
/** Removes the root dot and lowercases a host name for comparison. */
function normalizeHost(host) {
    return host.replace(/\.$/, '').toLowerCase();
}
/**
 * Tells whether an MX host name matches an mx pattern. A wildcard covers
 * exactly one left-most label (RFC 8461 §4.1), and names compare
 * case-insensitively.
 */
function matchesMxPattern(pattern, host) {
    const normalizedPattern = pattern.toLowerCase();
    const normalizedHost = normalizeHost(host);
    if (!normalizedPattern.startsWith('*.')) {
        return normalizedPattern === normalizedHost;
    }
    const dot = normalizedHost.indexOf('.');
    if (dot <= 0)
        return false;
    return normalizedHost.slice(dot + 1) === normalizedPattern.slice(2);
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
;// CONCATENATED MODULE: ./src/core/policy/parse.ts
/**
 * The policy file parser (RFC 8461 §3.2, `sts-policy-record`). It never
 * throws: every deviation from the grammar becomes a finding with the span
 * of the offending characters, and parsing continues so that one run lists
 * every problem.
 */


/** Senders may stop reading a policy body after 64 KiB (RFC 8461 §3.3). */
const POLICY_MAX_BYTES = 64 * 1024;
/** The older chasquid reads only this much of a body. */
const POLICY_CHASQUID_BYTES = 10 * 1024;
/** The largest `max_age` the prose of RFC 8461 §3.2 allows: 365.25 days. */
const MAX_AGE_LIMIT = 31_557_600;
const REGISTERED_FIELDS = ['version', 'mode', 'max_age', 'mx'];
const FIELD_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}/;
const WSP = /[ \t]/;
const MODES = ['testing', 'enforce', 'none'];
/** Parses and checks a policy body given as bytes (exact) or as a string. */
function parsePolicy(input, options = {}) {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const result = {
        parsed: false,
        fields: [],
        version: null,
        mode: null,
        modeValue: null,
        maxAge: null,
        maxAgeValue: null,
        mx: [],
        mxFields: [],
        extensions: [],
        findings: [],
        lineEndings: { lf: 0, crlf: 0, cr: 0 },
    };
    const firstLine = options.firstLine ?? 1;
    const wholeLine = { line: firstLine, column: 1, endLine: firstLine, endColumn: 1 };
    if (bytes.length > POLICY_MAX_BYTES) {
        result.findings.push({ ruleId: 'STS102', messageId: 'tooLarge', data: { size: bytes.length, limit: POLICY_MAX_BYTES }, span: wholeLine });
        return result;
    }
    if (bytes.length === 0) {
        result.findings.push({ ruleId: 'STS101', messageId: 'empty', span: wholeLine });
        return result;
    }
    if (bytes.length > POLICY_CHASQUID_BYTES) {
        result.findings.push({ ruleId: 'STS103', messageId: 'large', data: { size: bytes.length }, span: wholeLine });
    }
    const decoded = (0,core_text/* decodeUtf8 */._6)(bytes);
    const text = decoded.text;
    const index = new core_text/* LineIndex */.rr(text, firstLine);
    const push = (finding) => {
        result.findings.push(finding);
    };
    reportInvalidUtf8(decoded.invalidOffsets, decoded.invalidBytes, index, push);
    let bodyStart = 0;
    if (text.charCodeAt(0) === 0xfeff) {
        push({ ruleId: 'STS107', messageId: 'bom', span: { line: firstLine, column: 1, endLine: firstLine, endColumn: 1 } });
        bodyStart = 1;
    }
    // A body of nothing but whitespace and line breaks is empty, like a zero-byte file.
    if (/^[ \t\r\n]*$/.test(text.slice(bodyStart))) {
        push({ ruleId: 'STS101', messageId: 'onlyBlank', span: index.span(0, 0) });
        return result;
    }
    const lines = splitLines(text, bodyStart);
    result.parsed = true;
    recordLineEndings(lines, index, result, push);
    checkBlankLines(lines, index, push);
    const invalidOffsets = new Set(decoded.invalidOffsets);
    for (const line of lines) {
        if (line.text.length === 0)
            continue;
        parseLine(line, index, invalidOffsets, result, push);
    }
    applySemantics(result, push, wholeLine);
    return result;
}
/** At most this many lines get their own invalid UTF-8 finding; a binary file would otherwise flood the report. */
const INVALID_UTF8_LINES = 20;
/** Reports the first invalid byte of each line, with the count on that line, and sums up the rest. */
function reportInvalidUtf8(offsets, bytes, index, push) {
    const byLine = new Map();
    offsets.forEach((offset, position) => {
        const line = index.position(offset).line;
        const entry = byLine.get(line);
        if (entry)
            entry.count++;
        else
            byLine.set(line, { offset, byte: bytes[position], count: 1 });
    });
    let reported = 0;
    let rest = 0;
    for (const entry of byLine.values()) {
        if (reported >= INVALID_UTF8_LINES) {
            rest += entry.count;
            continue;
        }
        reported++;
        push({
            ruleId: 'STS104',
            messageId: entry.count > 1 ? 'invalidUtf8Many' : 'invalidUtf8',
            data: { byte: `0x${entry.byte.toString(16).toUpperCase().padStart(2, '0')}`, count: entry.count },
            span: index.span(entry.offset, entry.offset + 1),
        });
    }
    if (rest > 0) {
        push({ ruleId: 'STS104', messageId: 'invalidUtf8Rest', data: { count: rest }, span: index.span(0, 0) });
    }
}
function splitLines(text, start) {
    const lines = [];
    let lineStart = start;
    let number = 1;
    for (let offset = start; offset < text.length; offset++) {
        const code = text.charCodeAt(offset);
        if (code === 0x0a) {
            const crlf = offset > lineStart && text.charCodeAt(offset - 1) === 0x0d;
            lines.push({ number, text: text.slice(lineStart, crlf ? offset - 1 : offset), start: lineStart, terminator: crlf ? '\r\n' : '\n' });
            lineStart = offset + 1;
            number++;
        }
        else if (code === 0x0d && text.charCodeAt(offset + 1) !== 0x0a) {
            lines.push({ number, text: text.slice(lineStart, offset), start: lineStart, terminator: '\r' });
            lineStart = offset + 1;
            number++;
        }
    }
    lines.push({ number, text: text.slice(lineStart), start: lineStart, terminator: '' });
    return lines;
}
function recordLineEndings(lines, index, result, push) {
    let firstBareCr;
    for (const line of lines) {
        if (line.terminator === '\n')
            result.lineEndings.lf++;
        else if (line.terminator === '\r\n')
            result.lineEndings.crlf++;
        else if (line.terminator === '\r') {
            result.lineEndings.cr++;
            firstBareCr ??= line;
        }
    }
    if (firstBareCr) {
        const offset = firstBareCr.start + firstBareCr.text.length;
        push({ ruleId: 'STS108', messageId: 'bareCr', data: { count: result.lineEndings.cr }, span: index.span(offset, offset + 1) });
    }
    if (result.lineEndings.lf > 0 && result.lineEndings.crlf > 0) {
        const minority = result.lineEndings.lf < result.lineEndings.crlf ? '\n' : '\r\n';
        const line = lines.find((candidate) => candidate.terminator === minority);
        const offset = line.start + line.text.length;
        push({
            ruleId: 'STS109',
            messageId: 'mixed',
            data: { lf: result.lineEndings.lf, crlf: result.lineEndings.crlf },
            span: index.span(offset, offset + minority.length),
        });
    }
}
/**
 * Reports empty lines. The grammar allows one final line terminator and
 * nothing after it, so only the empty remainder after the last terminator
 * is legal. Trailing blank lines are reported once, as editors add them.
 */
function checkBlankLines(lines, index, push) {
    const last = lines.length - 1;
    let trailingFrom = last;
    while (trailingFrom > 0 && lines[trailingFrom - 1].text.length === 0)
        trailingFrom--;
    for (let position = 0; position < trailingFrom; position++) {
        const line = lines[position];
        if (line.text.length === 0) {
            push({ ruleId: 'STS110', messageId: 'blank', data: { line: line.number }, span: index.span(line.start, line.start) });
        }
    }
    const extra = last - trailingFrom;
    if (extra > 0) {
        const first = lines[trailingFrom];
        push({
            ruleId: 'STS110',
            messageId: 'trailing',
            data: { count: extra },
            span: index.span(first.start, lines[last].start),
        });
    }
}
/** `invalidOffsets` contains the text offset of each U+FFFD that replaced invalid UTF-8, which STS104 already reported. */
function parseLine(line, index, invalidOffsets, result, push) {
    const span = (from, to) => index.span(line.start + from, line.start + to);
    let text = line.text;
    let shift = 0;
    if (text.startsWith('#')) {
        push({ ruleId: 'STS111', messageId: 'comment', data: { text: (0,core_text/* showValue */.vp)(text, 60) }, span: span(0, text.length) });
        return;
    }
    const control = /[\x00-\x08\x0a-\x1f\x7f]/.exec(text);
    if (control) {
        push({
            ruleId: 'STS105',
            messageId: 'control',
            data: { char: (0,core_text/* describeChar */.Ip)(control[0]) },
            span: span(control.index, control.index + 1),
        });
    }
    if (/^[ \t]+$/.test(text)) {
        push({ ruleId: 'STS110', messageId: 'whitespace', span: span(0, text.length) });
        return;
    }
    const indent = /^[ \t]+/.exec(text);
    if (indent) {
        push({ ruleId: 'STS112', messageId: 'indent', data: { text: (0,core_text/* showValue */.vp)(text.trim(), 60) }, span: span(0, indent[0].length) });
        shift = indent[0].length;
        text = text.slice(shift);
    }
    const nameMatch = FIELD_NAME.exec(text);
    const colon = text.indexOf(':');
    if (colon < 0) {
        reportLineWithoutColon(text, shift, span, push);
        return;
    }
    let name = text.slice(0, colon);
    if (!nameMatch || nameMatch[0].length !== colon) {
        const trimmedName = name.replace(/[ \t]+$/, '');
        const nameIsValid = FIELD_NAME.exec(trimmedName)?.[0].length === trimmedName.length && trimmedName.length > 0;
        if (nameIsValid && trimmedName.length < name.length) {
            push({
                ruleId: 'STS113',
                messageId: 'spaceBeforeColon',
                data: { name: trimmedName, text: (0,core_text/* showValue */.vp)(text, 60) },
                span: span(shift + trimmedName.length, shift + colon),
            });
            name = trimmedName;
        }
        else {
            reportBadName(name, shift, span, push);
            return;
        }
    }
    let valueStart = colon + 1;
    while (valueStart < text.length && WSP.test(text[valueStart]))
        valueStart++;
    let valueEnd = text.length;
    while (valueEnd > valueStart && WSP.test(text[valueEnd - 1]))
        valueEnd--;
    const value = text.slice(valueStart, valueEnd);
    const field = {
        name,
        value,
        line: index.position(line.start).line,
        nameSpan: span(shift, shift + name.length),
        valueSpan: span(shift + valueStart, shift + valueEnd),
        lineSpan: span(0, line.text.length),
    };
    result.fields.push(field);
    // Extension values allow SP but not TAB between visible characters. Registered values have their own checks.
    const tab = value.indexOf('\t');
    if (tab >= 0 && !REGISTERED_FIELDS.includes(name)) {
        push({ ruleId: 'STS105', messageId: 'tabInValue', data: { name }, span: span(shift + valueStart + tab, shift + valueStart + tab + 1) });
    }
    checkNonAscii(field, text, shift, (offset) => invalidOffsets.has(line.start + shift + offset), span, push);
}
function reportLineWithoutColon(text, shift, span, push) {
    const whole = span(shift, shift + text.length);
    if (/^v=STS/i.test(text)) {
        push({ ruleId: 'STS113', messageId: 'recordInPolicy', data: { text: (0,core_text/* showValue */.vp)(text, 60) }, span: whole });
        return;
    }
    const equals = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=[ \t]*(.*)$/.exec(text);
    if (equals) {
        push({
            ruleId: 'STS113',
            messageId: 'equalsInsteadOfColon',
            data: { text: (0,core_text/* showValue */.vp)(text, 60), fixed: `${equals[1]}: ${(0,core_text/* showValue */.vp)(equals[2].trim(), 60)}` },
            span: whole,
        });
        return;
    }
    if (/^-{3,}$/.test(text)) {
        push({ ruleId: 'STS113', messageId: 'frontMatterFence', data: { text }, span: whole });
        return;
    }
    push({ ruleId: 'STS113', messageId: 'noColon', data: { text: (0,core_text/* showValue */.vp)(text, 60) }, span: whole });
}
function reportBadName(name, shift, span, push) {
    if (name.length === 0) {
        push({ ruleId: 'STS113', messageId: 'emptyName', span: span(shift, shift + 1) });
        return;
    }
    if (name.length > 32 && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
        push({ ruleId: 'STS113', messageId: 'nameTooLong', data: { name: (0,core_text/* showValue */.vp)(name, 40), length: name.length }, span: span(shift, shift + name.length) });
        return;
    }
    let badIndex = 0;
    if (/^[A-Za-z0-9]/.test(name)) {
        badIndex = 1;
        while (badIndex < name.length && /[A-Za-z0-9_.-]/.test(name[badIndex]))
            badIndex++;
    }
    const char = String.fromCodePoint(name.codePointAt(badIndex));
    push({
        ruleId: 'STS113',
        messageId: 'badNameChar',
        data: { name: (0,core_text/* showValue */.vp)(name, 40), char: (0,core_text/* describeChar */.Ip)(char) },
        span: span(shift + badIndex, shift + badIndex + char.length),
    });
}
/**
 * Reports non-ASCII text in a registered field other than mx, which has its own rule.
 * Extension values may contain non-ASCII. Characters for which `isInvalidByte` returns
 * true replaced invalid UTF-8, which STS104 reports.
 */
function checkNonAscii(field, text, shift, isInvalidByte, span, push) {
    if (field.name === 'mx' || !REGISTERED_FIELDS.includes(field.name))
        return;
    const nonAscii = /[^\x00-\x7f]/gu;
    let match = nonAscii.exec(text);
    while (match && isInvalidByte(match.index))
        match = nonAscii.exec(text);
    if (!match)
        return;
    push({
        ruleId: 'STS106',
        messageId: 'nonAscii',
        data: { char: (0,core_text/* describeChar */.Ip)(match[0]), name: field.name },
        span: span(shift + match.index, shift + match.index + match[0].length),
    });
}
/** Applies field semantics: first occurrence wins (§3.2), required fields, value grammars. */
function applySemantics(result, push, wholeFile) {
    const firstByName = new Map();
    for (const field of result.fields) {
        const first = firstByName.get(field.name);
        if (first && field.name !== 'mx') {
            push({
                ruleId: 'STS115',
                messageId: field.value === first.value ? 'repeated' : REGISTERED_FIELDS.includes(field.name) ? 'registered' : 'extension',
                data: { name: field.name, value: (0,core_text/* showValue */.vp)(field.value), firstValue: (0,core_text/* showValue */.vp)(first.value), firstLine: first.line },
                span: field.lineSpan,
            });
            continue;
        }
        if (!first)
            firstByName.set(field.name, field);
    }
    const version = firstByName.get('version');
    const mode = firstByName.get('mode');
    const maxAge = firstByName.get('max_age');
    if (version)
        checkVersion(version, result, push);
    if (mode)
        checkMode(mode, result, push);
    if (maxAge)
        checkMaxAge(maxAge, result, push);
    for (const field of result.fields) {
        if (field.name === 'mx')
            checkMx(field, result, push);
    }
    const misspelled = checkExtensions(result, firstByName, push);
    if (!version && !misspelled.has('version')) {
        push({ ruleId: 'STS201', messageId: 'missing', span: wholeFile });
    }
    if (!mode && !misspelled.has('mode')) {
        push({ ruleId: 'STS203', messageId: 'missing', span: wholeFile });
    }
    if (!maxAge && !misspelled.has('max_age')) {
        push({ ruleId: 'STS205', messageId: 'missing', span: wholeFile });
    }
    const needsMx = result.mode === 'testing' || result.mode === 'enforce';
    if (needsMx && result.mx.length === 0 && result.mxFields.length === 0 && !misspelled.has('mx')) {
        push({ ruleId: 'STS209', messageId: 'missing', data: { mode: result.mode }, span: wholeFile });
    }
    if (result.mode === 'none' && result.mxFields.length === 0) {
        push({ ruleId: 'STS210', messageId: 'none', span: mode?.lineSpan ?? wholeFile });
    }
    checkFieldOrder(result, push);
}
function checkVersion(field, result, push) {
    if (field.value === 'STSv1') {
        result.version = 'STSv1';
        return;
    }
    const value = field.value;
    let messageId = 'invalid';
    if (value.length === 0)
        messageId = 'empty';
    else if (value.toLowerCase() === 'stsv1')
        messageId = 'case';
    else if (/^["']STSv1["']$/i.test(value))
        messageId = 'quoted';
    else if (/^STSv1\b/i.test(value))
        messageId = 'trailing';
    push({ ruleId: 'STS202', messageId, data: { value: (0,core_text/* showValue */.vp)(value) }, span: field.value ? field.valueSpan : field.lineSpan });
}
function checkMode(field, result, push) {
    result.modeValue = field.value;
    if (MODES.includes(field.value)) {
        result.mode = field.value;
        return;
    }
    const value = field.value;
    const span = value ? field.valueSpan : field.lineSpan;
    const data = { value: (0,core_text/* showValue */.vp)(value) };
    if (value.length === 0) {
        push({ ruleId: 'STS204', messageId: 'empty', data, span });
        return;
    }
    const lower = value.toLowerCase();
    if (MODES.includes(lower)) {
        push({ ruleId: 'STS204', messageId: 'case', data: { ...data, fixed: lower }, span });
        return;
    }
    const comment = /^(.*?)[ \t]*#/.exec(value);
    const core = comment ? comment[1] : value;
    if (comment && MODES.includes(core.toLowerCase())) {
        push({ ruleId: 'STS204', messageId: 'comment', data: { ...data, fixed: core.toLowerCase() }, span });
        return;
    }
    const leading = /^(testing|enforce|none)(.+)$/i.exec(core);
    if (leading) {
        push({ ruleId: 'STS204', messageId: 'trailing', data: { ...data, fixed: leading[1].toLowerCase() }, span });
        return;
    }
    if (/^\[.*\]$|^<.*>$|^\{\{.*\}\}$|^[A-Z_]+$/.test(core)) {
        push({ ruleId: 'STS204', messageId: comment ? 'placeholderComment' : 'placeholder', data, span });
        return;
    }
    if (lower === 'report' || lower === 'reject') {
        push({ ruleId: 'STS204', messageId: 'draft', data, span });
        return;
    }
    const suggestion = MODES.find((mode) => lower.startsWith(mode.slice(0, 4)) || (0,core_text/* editDistance */.YC)(lower, mode) <= 2);
    if (suggestion) {
        push({ ruleId: 'STS204', messageId: 'didYouMean', data: { ...data, fixed: suggestion }, span });
        return;
    }
    push({ ruleId: 'STS204', messageId: 'invalid', data, span });
}
const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function checkMaxAge(field, result, push) {
    const value = field.value;
    result.maxAgeValue = value;
    const span = value ? field.valueSpan : field.lineSpan;
    if (/^[0-9]{1,10}$/.test(value)) {
        const seconds = Number(value);
        result.maxAge = seconds;
        if (seconds > MAX_AGE_LIMIT) {
            push({ ruleId: 'STS207', messageId: 'tooLarge', data: { value, days: (seconds / 86400).toFixed(1) }, span });
        }
        if (value.length > 1 && value.startsWith('0')) {
            push({ ruleId: 'STS208', messageId: 'leadingZero', data: { value, fixed: String(seconds) }, span });
        }
        return;
    }
    const data = { value: (0,core_text/* showValue */.vp)(value) };
    if (value.length === 0) {
        push({ ruleId: 'STS206', messageId: 'empty', span });
        return;
    }
    if (/^[0-9]{11,}$/.test(value)) {
        push({ ruleId: 'STS206', messageId: 'tooManyDigits', data: { ...data, digits: value.length }, span });
        return;
    }
    const comment = /^([0-9]{1,10})[ \t]*#/.exec(value);
    if (comment) {
        push({ ruleId: 'STS206', messageId: 'comment', data: { ...data, fixed: comment[1] }, span });
        return;
    }
    const duration = /^([0-9]+)[ \t]*([smhdw])$/i.exec(value);
    if (duration) {
        const seconds = Number(duration[1]) * DURATION_UNITS[duration[2].toLowerCase()];
        push({ ruleId: 'STS206', messageId: 'unit', data: { ...data, fixed: String(seconds) }, span });
        return;
    }
    const signedOrSeparated = /^\+?([0-9][0-9_,]*)$/.exec(value);
    if (signedOrSeparated) {
        push({ ruleId: 'STS206', messageId: 'notDigits', data: { ...data, fixed: signedOrSeparated[1].replace(/[_,]/g, '') }, span });
        return;
    }
    if (/^-[0-9]+$/.test(value)) {
        push({ ruleId: 'STS206', messageId: 'negative', data, span });
        return;
    }
    push({ ruleId: 'STS206', messageId: 'invalid', data, span });
}
function checkMx(field, result, push) {
    result.mxFields.push(field);
    if (field.value.length === 0) {
        push({ ruleId: 'STS214', messageId: 'empty', data: { value: '' }, span: field.lineSpan });
        return;
    }
    const problems = checkMxPattern(field.value, result.modeValue);
    const broken = problems.some((problem) => ['STS211', 'STS212', 'STS214'].includes(problem.ruleId));
    if (!broken)
        result.mx.push(field.value);
    for (const problem of problems) {
        const valueSpan = field.valueSpan;
        const span = problem.offset === undefined
            ? valueSpan
            : {
                line: valueSpan.line,
                column: valueSpan.column + problem.offset,
                endLine: valueSpan.line,
                endColumn: valueSpan.column + problem.offset + (problem.length ?? 1),
            };
        const finding = { ruleId: problem.ruleId, messageId: problem.messageId, data: problem.data, span };
        if (problem.severity)
            finding.severity = problem.severity;
        push(finding);
    }
}
/**
 * Reports extension fields: near misses of registered names (which leave
 * the real field missing), record keys put into the policy, and plain
 * unknown names. Returns the registered names that a near miss stands for.
 */
function checkExtensions(result, firstByName, push) {
    const standsFor = new Set();
    for (const field of result.fields) {
        if (REGISTERED_FIELDS.includes(field.name))
            continue;
        result.extensions.push(field);
        if (firstByName.get(field.name) !== field)
            continue;
        const target = nearMissOf(field.name);
        if (target) {
            const present = firstByName.has(target);
            const severity = present ? 'warning' : 'error';
            push({
                ruleId: 'STS114',
                messageId: present ? 'nearMissPresent' : 'nearMiss',
                data: { name: field.name, target, value: suggestValue(target, field.value) },
                span: field.nameSpan,
                severity,
            });
            if (!present)
                standsFor.add(target);
            continue;
        }
        const lower = field.name.toLowerCase();
        if (lower === 'id' || lower === 'v' || lower === 'rua') {
            push({ ruleId: 'STS116', messageId: 'recordKey', data: { name: field.name }, span: field.nameSpan, severity: 'warning' });
            continue;
        }
        push({ ruleId: 'STS116', messageId: 'unknown', data: { name: field.name }, span: field.nameSpan });
    }
    return standsFor;
}
/** Suggests a valid value for a registered field, starting from what was written. */
function suggestValue(field, value) {
    const core = value.replace(/[ \t]*#.*$/, '').trim();
    if (field === 'version')
        return 'STSv1';
    if (field === 'mode') {
        const lower = core.toLowerCase();
        const mode = MODES.find((candidate) => candidate === lower || lower.startsWith(candidate.slice(0, 4)) || (0,core_text/* editDistance */.YC)(lower, candidate) <= 2);
        return mode ?? '<testing|enforce|none>';
    }
    if (field === 'max_age') {
        if (/^[0-9]{1,8}$/.test(core) && Number(core) <= MAX_AGE_LIMIT)
            return String(Number(core));
        const duration = /^([0-9]+)[ \t]*([smhdw])$/i.exec(core);
        if (duration)
            return String(Number(duration[1]) * DURATION_UNITS[duration[2].toLowerCase()]);
        return '<seconds>';
    }
    const host = core.toLowerCase().replace(/\.+$/, '');
    const broken = checkMxPattern(host, null).some((problem) => ['STS211', 'STS212', 'STS214'].includes(problem.ruleId));
    return host && !broken ? host : '<host name>';
}
/** Returns the registered field name that `name` most likely misspells. */
function nearMissOf(name) {
    const lower = name.toLowerCase();
    if (REGISTERED_FIELDS.includes(lower))
        return lower;
    const squashed = lower.replace(/[-_.]/g, '');
    if (squashed === 'maxage')
        return 'max_age';
    if (/^mx(?:hosts?|records?|servers?|s|[0-9])$/.test(squashed))
        return 'mx';
    const candidates = [
        ['version', 'version'],
        ['mode', 'mode'],
        ['max_age', 'maxage'],
        ['mx', 'mx'],
    ];
    for (const [field, target] of candidates) {
        const allowed = target.length >= 5 ? 2 : 1;
        if (Math.abs(squashed.length - target.length) <= allowed && (0,core_text/* editDistance */.YC)(squashed, target) <= allowed) {
            return field;
        }
    }
    return undefined;
}
/** The field order of the RFC 8461 §3.2 example, which keeps diffs between versions small. */
const CANONICAL_ORDER = { version: 0, mode: 1, mx: 2, max_age: 3 };
function checkFieldOrder(result, push) {
    let highest = -1;
    for (const field of result.fields) {
        const rank = CANONICAL_ORDER[field.name];
        if (rank === undefined)
            continue;
        if (rank < highest) {
            push({ ruleId: 'STS117', messageId: 'order', data: { name: field.name }, span: field.nameSpan });
            return;
        }
        highest = rank;
    }
}

;// CONCATENATED MODULE: ./src/core/record/txt.ts
/**
 * TXT record values as the parsers see them, and the tokenizer shared by the
 * `_mta-sts` (RFC 8461 §3.1) and `_smtp._tls` (RFC 8460 §3) grammars. Both
 * are `version *(delim field) [delim]`, with `delim = *WSP ";" *WSP`.
 */
/** Builds a record from a single value on one line, as given on the command line. */
function txtRecordFromValue(value, line = 1, column = 1) {
    const positions = [];
    for (let offset = 0; offset <= value.length; offset++)
        positions.push({ line, column: column + offset });
    return { strings: [value], explicitStrings: false, positions };
}
function joinTxt(record) {
    return record.strings.join('');
}
/** Maps a range of the joined value to a source span. */
function txtSpan(record, from, to) {
    const positions = record.positions;
    if (!positions || positions.length === 0) {
        return { line: 1, column: from + 1, endLine: 1, endColumn: Math.max(from, to) + 1 };
    }
    const clamp = (offset) => positions[Math.min(Math.max(offset, 0), positions.length - 1)];
    const start = clamp(from);
    let end = clamp(to);
    if (to > from && to < positions.length) {
        // The end of a range that stops at a string boundary lies after the last character, not before the next string.
        const last = clamp(to - 1);
        end = { line: last.line, column: last.column + 1, ...(last.file === undefined ? {} : { file: last.file }) };
    }
    if (end.file !== start.file) {
        // A range that crosses files (a literal prefix and a variable's value) is shown where it starts.
        end = { line: start.line, column: start.column + 1 };
    }
    const span = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    if (start.file !== undefined)
        span.file = start.file;
    return span;
}
const txt_WSP = /[ \t]/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const EXT_VALUE_CHAR = /[\x21-\x3a\x3c\x3e-\x7e]/;
/**
 * Splits the text after the version token into fields. `start` is the
 * offset just after the version token. Problems are grammar violations,
 * each with the offending range; recovery keeps every field it can read.
 */
function tokenizeFields(value, start, options = {}) {
    const fields = [];
    const problems = [];
    const listFields = options.listFields ?? [];
    const segments = [];
    let segmentStart = start;
    for (let offset = start; offset <= value.length; offset++) {
        if (offset === value.length || value[offset] === ';') {
            segments.push({ from: segmentStart, to: offset });
            segmentStart = offset + 1;
        }
    }
    const head = segments[0];
    const headText = value.slice(head.from, head.to);
    const hasSemicolon = segments.length > 1;
    if (headText.trim().length > 0) {
        const gap = /^[ \t]*/.exec(headText)[0].length;
        problems.push({ kind: 'missingSemicolon', from: head.from, to: head.from + Math.max(gap, 1), text: headText });
        readSegment(value, head.from + gap, head.to, !hasSemicolon, listFields, fields, problems);
    }
    else if (hasSemicolon && headText.length > 0) {
        problems.push({ kind: 'spaceBeforeFirstSemicolon', from: head.from, to: head.to, text: headText });
    }
    for (let position = 1; position < segments.length; position++) {
        const segment = segments[position];
        const isLast = position === segments.length - 1;
        const text = value.slice(segment.from, segment.to);
        if (text.trim().length === 0) {
            if (!isLast)
                problems.push({ kind: 'emptyField', from: segment.from - 1, to: segment.to + 1, text });
            continue;
        }
        const leading = /^[ \t]*/.exec(text)[0].length;
        readSegment(value, segment.from + leading, segment.to, isLast, listFields, fields, problems);
    }
    if (fields.length === 0 && !problems.some((problem) => problem.kind !== 'spaceBeforeFirstSemicolon')) {
        problems.push({ kind: 'noFields', from: start, to: value.length, text: value.slice(start) });
    }
    return { fields, problems };
}
/** Reads the fields in one `;`-separated segment that starts at a non-blank character. */
function readSegment(value, from, to, isLast, listFields, fields, problems) {
    let end = to;
    while (end > from && txt_WSP.test(value[end - 1]))
        end--;
    if (isLast && end < to) {
        problems.push({ kind: 'trailingSpace', from: end, to, text: value.slice(end, to) });
    }
    const equals = value.indexOf('=', from);
    const name = equals >= 0 && equals < end ? value.slice(from, equals) : '';
    if (name && listFields.includes(name) && !/[ \t]/.test(name)) {
        pushField(value, from, equals, end, fields, problems, true);
        return;
    }
    let tokenStart = from;
    let first = true;
    for (let offset = from; offset <= end; offset++) {
        if (offset < end && !txt_WSP.test(value[offset]))
            continue;
        if (offset > tokenStart) {
            const token = value.slice(tokenStart, offset);
            if (first || token.includes('=')) {
                if (!first)
                    problems.push({ kind: 'missingSemicolon', from: tokenStart - 1, to: tokenStart, text: token });
                const tokenEquals = token.indexOf('=');
                pushField(value, tokenStart, tokenEquals < 0 ? -1 : tokenStart + tokenEquals, offset, fields, problems, false);
            }
            else {
                problems.push({ kind: 'spaceInValue', from: tokenStart - 1, to: offset, text: token });
            }
            first = false;
        }
        tokenStart = offset + 1;
    }
}
function pushField(value, from, equals, to, fields, problems, isList) {
    if (equals < 0) {
        problems.push({ kind: 'noEquals', from, to, text: value.slice(from, to) });
        return;
    }
    const name = value.slice(from, equals);
    const fieldValue = value.slice(equals + 1, to);
    if (!NAME.test(name)) {
        problems.push({ kind: 'badName', from, to: equals, text: name });
    }
    // The caller checks list values against the list grammar, empty ones included.
    if (fieldValue.length === 0 && !isList) {
        problems.push({ kind: 'emptyValue', from, to: equals + 1, text: name });
    }
    else if (!isList) {
        for (let offset = 0; offset < fieldValue.length; offset++) {
            // Non-ASCII characters are reported once, by the record's non-ASCII rule.
            if (!EXT_VALUE_CHAR.test(fieldValue[offset]) && fieldValue.charCodeAt(offset) < 0x80) {
                const at = equals + 1 + offset;
                problems.push({ kind: 'badValueChar', from: at, to: at + 1, text: fieldValue });
                break;
            }
        }
    }
    fields.push({ name, value: fieldValue, nameStart: from, valueStart: equals + 1, valueEnd: to });
}
/** Finds the first character outside printable US-ASCII, which neither record grammar allows. */
function findNonAscii(value) {
    const match = /[^\x20-\x7e\t]/u.exec(value);
    return match ? { offset: match.index, char: match[0] } : undefined;
}

;// CONCATENATED MODULE: ./src/core/record/parse.ts
/**
 * Parsers for the `_mta-sts` record (RFC 8461 §3.1) and the `_smtp._tls`
 * record (RFC 8460 §3). Both take one TXT record and never throw.
 */


const STS_VERSION = 'v=STSv1';
const TLSRPT_VERSION = 'v=TLSRPTv1';
/** Each character-string in a TXT record holds at most 255 octets (RFC 1035 §3.3). */
const TXT_STRING_MAX = 255;
const STS_ID = /^[A-Za-z0-9]{1,32}$/;
const STS_RULES = { nonAscii: 'STS302', fieldSyntax: 'STS312', version: 'STS303', notFirst: 'STS304', syntax: 'STS308', spaceBeforeSemicolon: 'STS309' };
const TLSRPT_RULES = { nonAscii: 'STS409', fieldSyntax: 'STS409', version: 'STS401', notFirst: 'STS401', syntax: 'STS409', spaceBeforeSemicolon: 'STS411' };
/**
 * Runs the checks both record kinds share: string lengths and splits,
 * literal quotes, non-ASCII, and the version token.
 */
function prepare(record, version, otherVersion, rules, findings) {
    const joined = joinTxt(record);
    const span = (from, to) => txtSpan(record, from, to);
    checkStrings(record, findings);
    let value = joined;
    let base = 0;
    const quoted = /^[ \t]*(\\?")(.*?)(\\?")?[ \t]*$/s.exec(joined);
    if (quoted && (joined.trimStart().startsWith('"') || joined.trimStart().startsWith('\\"'))) {
        findings.push({ ruleId: 'STS318', messageId: 'quotes', data: { value: (0,core_text/* showValue */.vp)(joined) }, span: span(0, joined.length) });
        base = joined.indexOf(quoted[1]) + quoted[1].length;
        value = quoted[2];
    }
    const nonAscii = findNonAscii(value);
    if (nonAscii) {
        findings.push({
            ruleId: rules.nonAscii,
            messageId: 'nonAscii',
            data: { char: (0,core_text/* describeChar */.Ip)(nonAscii.char) },
            span: span(base + nonAscii.offset, base + nonAscii.offset + nonAscii.char.length),
        });
    }
    const versionSpan = span(base, base + Math.min(value.length, version.length));
    if (value.startsWith(version)) {
        const next = value[version.length];
        if (next !== undefined && next !== ';' && next !== ' ' && next !== '\t') {
            const token = /^[^; \t]*/.exec(value)[0];
            const messageId = next === '\\' && value[version.length + 1] === ';' ? 'escapedSemicolon' : 'suffix';
            findings.push({ ruleId: rules.version, messageId, data: { token: (0,core_text/* showValue */.vp)(token) }, span: span(base, base + token.length) });
            return { value, fieldsStart: token.length, isExact: false, base };
        }
        // Data that only starts with the version inside literal quotes is still not a record of this kind.
        return { value, fieldsStart: version.length, isExact: base === 0, base };
    }
    if (value.length === 0) {
        findings.push({ ruleId: rules.version, messageId: 'empty', data: { version }, span: span(0, joined.length) });
        return { value, fieldsStart: -1, isExact: false, base };
    }
    const leading = /^[ \t]+/.exec(value);
    if (leading && value.slice(leading[0].length).toLowerCase().startsWith(version.toLowerCase())) {
        findings.push({ ruleId: rules.version, messageId: 'leadingSpace', data: { version }, span: span(base, base + leading[0].length) });
        return { value, fieldsStart: leading[0].length + version.length, isExact: false, base };
    }
    if (value.toLowerCase().startsWith(version.toLowerCase())) {
        findings.push({
            ruleId: rules.version,
            messageId: 'case',
            data: { token: value.slice(0, version.length), version },
            span: versionSpan,
        });
        return { value, fieldsStart: version.length, isExact: false, base };
    }
    if (value.startsWith(otherVersion)) {
        findings.push({ ruleId: rules.version, messageId: 'otherKind', data: { version, other: otherVersion }, span: versionSpan });
        return { value, fieldsStart: -1, isExact: false, base };
    }
    const later = value.indexOf(version);
    if (later > 0) {
        findings.push({
            ruleId: rules.notFirst,
            messageId: 'notFirst',
            data: { version, first: (0,core_text/* showValue */.vp)(value.slice(0, later).replace(/[ \t;]+$/, ''), 40) },
            span: span(base + later, base + later + version.length),
        });
        return { value, fieldsStart: -1, isExact: false, base };
    }
    findings.push({ ruleId: rules.version, messageId: 'missing', data: { value: (0,core_text/* showValue */.vp)(value, 40), version }, span: versionSpan });
    return { value, fieldsStart: -1, isExact: false, base };
}
function checkStrings(record, findings) {
    if (!record.explicitStrings)
        return;
    let offset = 0;
    for (let position = 0; position < record.strings.length; position++) {
        const text = record.strings[position];
        const octets = new TextEncoder().encode(text).length;
        if (octets > TXT_STRING_MAX) {
            findings.push({ ruleId: 'STS319', messageId: 'long', data: { octets, limit: TXT_STRING_MAX }, span: txtSpan(record, offset, offset + text.length) });
        }
        const boundary = offset + text.length;
        const next = record.strings[position + 1];
        if (next !== undefined && text.length > 0 && next.length > 0) {
            const before = text[text.length - 1];
            const after = next[0];
            if (!/[; \t]/.test(before) && !/[; \t]/.test(after)) {
                const tokenStart = Math.max(text.lastIndexOf(';'), text.lastIndexOf(' ')) + 1;
                const tokenEnd = /[; \t]|$/.exec(next).index;
                const token = text.slice(tokenStart) + next.slice(0, tokenEnd);
                findings.push({ ruleId: 'STS317', messageId: 'split', data: { token: (0,core_text/* showValue */.vp)(token, 40) }, span: txtSpan(record, boundary - 1, boundary + 1) });
            }
        }
        offset = boundary;
    }
}
function reportTokenProblems(record, prepared, problems, rules, findings) {
    const base = prepared.base;
    for (const problem of problems) {
        const span = txtSpan(record, base + problem.from, base + problem.to);
        const text = (0,core_text/* showValue */.vp)(problem.text, 40);
        // A record without fields is reported by the rule for its required field, and `id=` without a value by STS306.
        if (problem.kind === 'noFields')
            continue;
        if (problem.kind === 'emptyValue' && problem.text === 'id' && rules === STS_RULES)
            continue;
        if (problem.kind === 'spaceBeforeFirstSemicolon') {
            findings.push({ ruleId: rules.spaceBeforeSemicolon, messageId: 'space', span });
            continue;
        }
        const isFieldProblem = problem.kind === 'badName' || problem.kind === 'badValueChar' || problem.kind === 'emptyValue';
        const char = prepared.value[problem.from] ?? '';
        findings.push({
            ruleId: isFieldProblem ? rules.fieldSyntax : rules.syntax,
            messageId: problem.kind,
            data: { text, char: char ? (0,core_text/* describeChar */.Ip)(char) : '' },
            span,
        });
    }
}
/** Parses and checks an `_mta-sts` TXT record. */
function parseStsRecord(record) {
    const findings = [];
    const prepared = prepare(record, STS_VERSION, TLSRPT_VERSION, STS_RULES, findings);
    const result = {
        value: joinTxt(record),
        isSts: prepared.isExact,
        id: null,
        idValue: null,
        idSpan: null,
        fields: [],
        findings,
    };
    if (prepared.fieldsStart < 0)
        return result;
    const { fields, problems } = tokenizeFields(prepared.value, prepared.fieldsStart);
    result.fields = fields;
    reportTokenProblems(record, prepared, problems, STS_RULES, findings);
    const span = (from, to) => txtSpan(record, prepared.base + from, prepared.base + to);
    const seen = new Map();
    let caseVariant;
    for (const field of fields) {
        const fieldSpan = span(field.nameStart, field.valueEnd);
        const valueSpan = span(field.valueStart, field.valueEnd);
        const first = seen.get(field.name);
        if (first) {
            const isId = field.name === 'id';
            findings.push({
                ruleId: isId ? 'STS313' : 'STS314',
                messageId: 'duplicate',
                data: { name: field.name, value: (0,core_text/* showValue */.vp)(field.value, 40), firstValue: (0,core_text/* showValue */.vp)(first.value, 40) },
                span: fieldSpan,
            });
            continue;
        }
        seen.set(field.name, field);
        if (field.name === 'id') {
            result.idValue = field.value;
            result.idSpan = valueSpan;
            checkId(field, valueSpan, fieldSpan, result, findings);
            continue;
        }
        if (field.name.toLowerCase() === 'id') {
            caseVariant ??= field;
            continue;
        }
        checkStsExtension(field, fieldSpan, findings);
    }
    if (caseVariant) {
        const severity = result.idValue === null ? 'error' : 'warning';
        findings.push({
            ruleId: 'STS307',
            messageId: result.idValue === null ? 'case' : 'caseExtra',
            data: { name: caseVariant.name, value: (0,core_text/* showValue */.vp)(caseVariant.value, 40) },
            span: span(caseVariant.nameStart, caseVariant.valueStart - 1),
            severity,
        });
        if (result.idValue === null) {
            result.idSpan = span(caseVariant.valueStart, caseVariant.valueEnd);
        }
    }
    else if (result.idValue === null) {
        const noFields = problems.some((problem) => problem.kind === 'noFields');
        findings.push({
            ruleId: 'STS305',
            messageId: noFields ? 'noFields' : 'missing',
            data: { value: (0,core_text/* showValue */.vp)(prepared.value, 60) },
            span: span(0, prepared.value.length),
        });
    }
    return result;
}
function checkId(field, valueSpan, fieldSpan, result, findings) {
    const id = field.value;
    if (STS_ID.test(id)) {
        result.id = id;
        if (/^[0-9]{1,3}$/.test(id)) {
            findings.push({ ruleId: 'STS320', messageId: 'counter', data: { id }, span: valueSpan });
        }
        return;
    }
    if (id.length === 0) {
        findings.push({ ruleId: 'STS306', messageId: 'empty', span: fieldSpan });
        return;
    }
    if (/\{\{|\$\{|\$\(|<[^>]*>|%\{/.test(id)) {
        findings.push({ ruleId: 'STS306', messageId: 'template', data: { id: (0,core_text/* showValue */.vp)(id, 40) }, span: valueSpan });
        return;
    }
    const stripped = id.replace(/[^A-Za-z0-9]/g, '');
    const bad = /[^A-Za-z0-9]/.exec(id);
    if (bad) {
        const fixed = stripped.slice(0, 32);
        findings.push({
            ruleId: 'STS306',
            messageId: fixed.length > 0 ? 'chars' : 'charsOnly',
            data: { id: (0,core_text/* showValue */.vp)(id, 40), char: (0,core_text/* describeChar */.Ip)(bad[0]), fixed },
            span: valueSpan,
        });
        return;
    }
    findings.push({ ruleId: 'STS306', messageId: 'tooLong', data: { id: (0,core_text/* showValue */.vp)(id, 40), length: id.length }, span: valueSpan });
}
/** TLS-RPT and policy keys that people put into the `_mta-sts` record by mistake. */
const MISPLACED_STS_KEYS = new Set(['rua', 'ruf', 'mode', 'max_age', 'max-age', 'mx', 'version', 'v']);
function checkStsExtension(field, fieldSpan, findings) {
    const lower = field.name.toLowerCase();
    if (MISPLACED_STS_KEYS.has(lower)) {
        findings.push({ ruleId: 'STS311', messageId: lower === 'rua' || lower === 'ruf' ? 'tlsrpt' : lower === 'v' ? 'version' : 'policy', data: { name: field.name }, span: fieldSpan });
        return;
    }
    findings.push({ ruleId: 'STS310', messageId: 'unknown', data: { name: field.name }, span: fieldSpan });
}
/** Parses and checks an `_smtp._tls` TXT record. */
function parseTlsRptRecord(record) {
    const findings = [];
    const prepared = prepare(record, TLSRPT_VERSION, STS_VERSION, TLSRPT_RULES, findings);
    const result = { value: joinTxt(record), isTlsRpt: prepared.isExact, rua: [], fields: [], findings };
    if (prepared.fieldsStart < 0)
        return result;
    const { fields, problems } = tokenizeFields(prepared.value, prepared.fieldsStart, { listFields: ['rua'] });
    result.fields = fields;
    reportTokenProblems(record, prepared, problems, TLSRPT_RULES, findings);
    const span = (from, to) => txtSpan(record, prepared.base + from, prepared.base + to);
    let rua;
    const ruaNearMisses = [];
    for (const field of fields) {
        const fieldSpan = span(field.nameStart, field.valueEnd);
        if (field.name === 'rua') {
            if (rua) {
                findings.push({ ruleId: 'STS407', messageId: 'duplicate', data: { value: (0,core_text/* showValue */.vp)(field.value, 60) }, span: fieldSpan });
                continue;
            }
            rua = field;
            result.rua = checkRua(record, prepared.base, field, findings);
            continue;
        }
        if (field.name.toLowerCase() === 'rua' || (0,core_text/* editDistance */.YC)(field.name.toLowerCase(), 'rua') === 1 && field.name.toLowerCase() !== 'ruf') {
            ruaNearMisses.push(field);
            continue;
        }
        if (field.name.toLowerCase() === 'ruf') {
            findings.push({ ruleId: 'STS408', messageId: 'ruf', data: { name: field.name }, span: fieldSpan, severity: 'warning' });
            continue;
        }
        findings.push({ ruleId: 'STS408', messageId: 'unknown', data: { name: field.name }, span: fieldSpan });
    }
    // Without `rua`, the first near miss is reported in its place. Any other near miss is an unknown field.
    const ruaNearMiss = rua ? undefined : ruaNearMisses[0];
    for (const field of ruaNearMisses) {
        if (field !== ruaNearMiss) {
            findings.push({ ruleId: 'STS408', messageId: 'unknown', data: { name: field.name }, span: span(field.nameStart, field.valueEnd) });
        }
    }
    if (!rua) {
        const noFields = problems.some((problem) => problem.kind === 'noFields');
        if (ruaNearMiss) {
            findings.push({
                ruleId: 'STS402',
                messageId: 'nearMiss',
                data: { name: ruaNearMiss.name },
                span: span(ruaNearMiss.nameStart, ruaNearMiss.valueStart - 1),
            });
        }
        else {
            findings.push({ ruleId: 'STS402', messageId: noFields ? 'noFields' : 'missing', data: { value: (0,core_text/* showValue */.vp)(prepared.value, 60) }, span: span(0, prepared.value.length) });
        }
    }
    return result;
}
const URI_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Splits and checks the `rua` URI list: `URI *(*WSP "," *WSP URI)`. */
function checkRua(record, base, field, findings) {
    const uris = [];
    const list = field.value;
    if (list.trim().length === 0) {
        findings.push({ ruleId: 'STS403', messageId: 'emptyList', span: txtSpan(record, base + field.nameStart, base + field.valueEnd) });
        return uris;
    }
    let start = 0;
    for (let offset = 0; offset <= list.length; offset++) {
        if (offset < list.length && list[offset] !== ',')
            continue;
        let from = start;
        let to = offset;
        while (from < to && /[ \t]/.test(list[from]))
            from++;
        while (to > from && /[ \t]/.test(list[to - 1]))
            to--;
        const uri = list.slice(from, to);
        const at = (begin, end) => txtSpan(record, base + field.valueStart + begin, base + field.valueStart + end);
        if (uri.length === 0) {
            findings.push({ ruleId: 'STS403', messageId: 'empty', span: at(Math.max(from - 1, 0), from + 1) });
        }
        else if (checkUri(uri, (begin, end) => at(from + begin, from + end), findings)) {
            uris.push(uri);
        }
        start = offset + 1;
    }
    return uris;
}
/** Checks one report URI; returns true when reporters can use it. */
function checkUri(uri, at, findings) {
    const whole = at(0, uri.length);
    const value = (0,core_text/* showValue */.vp)(uri, 80);
    const bang = uri.indexOf('!');
    if (bang >= 0) {
        findings.push({ ruleId: 'STS406', messageId: 'suffix', data: { uri: value, suffix: (0,core_text/* showValue */.vp)(uri.slice(bang)), fixed: (0,core_text/* showValue */.vp)(uri.slice(0, bang)) }, span: at(bang, uri.length) });
        return false;
    }
    const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
    if (!schemeMatch) {
        const looksLikeEmail = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(uri);
        findings.push({
            ruleId: 'STS403',
            messageId: looksLikeEmail ? 'noSchemeEmail' : 'noScheme',
            data: { uri: value, fixed: `mailto:${value}` },
            span: whole,
        });
        return false;
    }
    const scheme = schemeMatch[1];
    const lowerScheme = scheme.toLowerCase();
    if (lowerScheme !== 'mailto' && lowerScheme !== 'https') {
        findings.push({
            ruleId: 'STS404',
            messageId: lowerScheme === 'http' ? 'http' : 'scheme',
            data: { uri: value, scheme, fixed: lowerScheme === 'http' ? `https${uri.slice(scheme.length)}` : '' },
            span: at(0, scheme.length),
        });
        return false;
    }
    if (scheme !== lowerScheme) {
        findings.push({ ruleId: 'STS405', messageId: 'case', data: { scheme, fixed: lowerScheme }, span: at(0, scheme.length) });
    }
    for (let offset = 0; offset < uri.length; offset++) {
        const char = uri[offset];
        const badPercent = char === '%' && !/^%[0-9A-Fa-f]{2}/.test(uri.slice(offset));
        if (!URI_CHAR.test(char) || badPercent) {
            findings.push({
                ruleId: 'STS403',
                messageId: badPercent ? 'badPercent' : 'badChar',
                data: { uri: value, char: (0,core_text/* describeChar */.Ip)(char) },
                span: at(offset, offset + 1),
            });
            return false;
        }
    }
    const rest = uri.slice(scheme.length + 1);
    if (lowerScheme === 'mailto') {
        if (!/^[^@/?#]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?:\?.*)?$/.test(rest)) {
            findings.push({ ruleId: 'STS403', messageId: 'mailto', data: { uri: value }, span: whole });
            return false;
        }
        return true;
    }
    let parsed;
    try {
        parsed = new URL(uri);
    }
    catch {
        parsed = undefined;
    }
    if (!rest.startsWith('//') || !parsed || parsed.hostname.length === 0) {
        findings.push({ ruleId: 'STS403', messageId: 'https', data: { uri: value }, span: whole });
        return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/core/rules/catalog.ts
var catalog = __nccwpck_require__(9072);
;// CONCATENATED MODULE: ./src/core/site.ts
/**
 * How static-site generators change a policy file between the repository
 * and the policy host. The workspace adapter gathers the facts; this module
 * only applies them to the bytes.
 */
const FENCE = 0x2d;
/**
 * Removes Jekyll front matter: a first line of `---`, then everything up to
 * and including the next line that is `---` or `...`. Jekyll serves what
 * follows after rendering Liquid tags.
 */
function stripFrontMatter(bytes) {
    const unchanged = { bytes, firstLine: 1, frontMatterLines: 0 };
    if (bytes.length < 4 || bytes[0] !== FENCE || bytes[1] !== FENCE || bytes[2] !== FENCE)
        return unchanged;
    const text = new TextDecoder('utf-8').decode(bytes);
    const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (!match)
        return unchanged;
    const removed = match[0];
    // Count lines as LineIndex does, where a bare CR also ends a line, so positions after the front matter stay right.
    const breaks = removed.match(/\r\n|\n|\r/g)?.length ?? 0;
    const frontMatterLines = breaks + (/(\r\n|\n|\r)$/.test(removed) ? 0 : 1);
    const removedBytes = new TextEncoder().encode(removed).length;
    return { bytes: bytes.subarray(removedBytes), firstLine: frontMatterLines + 1, frontMatterLines };
}
/** Finds template syntax that a generator or deploy tool would replace. */
function findTemplateSyntax(text) {
    const match = /\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>/.exec(text);
    return match?.[0];
}

;// CONCATENATED MODULE: ./src/core/lint.ts
/**
 * Lints one policy domain: its policy file and its `_mta-sts` and
 * `_smtp._tls` records, each given as plain data. Applies the rules that
 * need more than one part (the policy domain, the TLS-RPT record) and the
 * user's rule settings.
 */








/** Lints one domain. Pure: the same input always gives the same findings. */
function lintDomain(input, settings = new Map()) {
    const findings = [];
    const collector = {
        add(file, raw) {
            const finding = toFinding(raw, input.domain, file, settings);
            if (finding)
                findings.push(finding);
        },
    };
    let policy = null;
    if (input.policy) {
        policy = lintPolicyFile(input.policy, input.domain, input.cnameHost, collector);
    }
    const sts = input.sts ? lintRecordSet(input.sts, 'sts', parseStsRecord, input.domain, collector) : [];
    const tlsrpt = input.tlsrpt ? lintRecordSet(input.tlsrpt, 'tlsrpt', parseTlsRptRecord, input.domain, collector) : [];
    if (policy && input.domain) {
        checkTlsRptPresence(policy, input, tlsrpt, collector);
        if (!input.sts || !input.tlsrpt) {
            const messageId = !input.sts && !input.tlsrpt ? 'noSource' : input.sts ? 'noTlsrpt' : 'noSts';
            collector.add(input.policy.file, { ruleId: 'STS003', messageId, data: { domain: input.domain } });
        }
    }
    const validSts = sts.filter((record) => record.isSts);
    findings.sort(compareFindings);
    return {
        domain: input.domain,
        policyFile: input.policy?.file ?? null,
        policy,
        canonical: policy?.parsed ? canonicalizePolicy(policy) : null,
        sts,
        tlsrpt,
        id: validSts.length === 1 ? validSts[0].id : null,
        findings,
    };
}
function lintPolicyFile(input, domain, cnameHost, collector) {
    const add = (raw) => collector.add(input.file, raw);
    let bytes = input.bytes;
    let firstLine = 1;
    const jekyll = input.site?.jekyll;
    if (jekyll && !jekyll.disabled) {
        const served = stripFrontMatter(bytes);
        if (served.frontMatterLines > 0) {
            bytes = served.bytes;
            firstLine = served.firstLine;
            add({
                ruleId: 'STS002',
                messageId: 'jekyll',
                data: { lines: served.frontMatterLines, firstLine },
                span: { line: 1, column: 1, endLine: served.frontMatterLines, endColumn: 4 },
            });
        }
        if (input.site?.dotFolder && !jekyll.includesDotFolder) {
            add({ ruleId: 'STS005', messageId: jekyll.signal === '_config.yml' ? 'excludedConfig' : 'excludedPages', data: { folder: input.site.dotFolder } });
        }
    }
    const policy = parsePolicy(bytes, { firstLine });
    for (const raw of policy.findings)
        add(raw);
    if (!policy.parsed)
        return policy;
    const template = findTemplateSyntax(new TextDecoder().decode(bytes));
    if (template) {
        add({ ruleId: 'STS004', messageId: 'template', data: { token: (0,core_text/* showValue */.vp)(template, 40) } });
    }
    checkPolicyValues(policy, domain, add);
    if (domain === null) {
        add(cnameHost ? { ruleId: 'STS001', messageId: 'cnameNotPolicyHost', data: { host: cnameHost } } : { ruleId: 'STS001', messageId: 'unknown', data: { file: input.file } });
    }
    return policy;
}
const DAY = 86_400;
const WEEK = 7 * DAY;
/** Checks that need the values of several fields or the policy domain (mode and max_age advice, mx repeats). */
function checkPolicyValues(policy, domain, add) {
    const maxAgeField = policy.fields.find((field) => field.name === 'max_age');
    const modeField = policy.fields.find((field) => field.name === 'mode');
    if (policy.maxAge !== null && maxAgeField) {
        const data = { value: String(policy.maxAge), duration: formatDuration(policy.maxAge) };
        const span = maxAgeField.valueSpan;
        if (policy.maxAge === 0) {
            add({ ruleId: 'STS220', messageId: 'zero', span });
        }
        else if (policy.maxAge < WEEK && policy.mode === 'enforce') {
            add({ ruleId: 'STS219', messageId: 'enforce', data, span });
        }
        else if (policy.maxAge < WEEK && policy.mode === 'testing') {
            add({ ruleId: 'STS219', messageId: 'testing', data, span, severity: 'notice' });
        }
        else if (policy.maxAge > DAY && policy.mode === 'none') {
            add({ ruleId: 'STS221', messageId: 'long', data, span: span ?? modeField?.valueSpan });
        }
    }
    const seen = new Map();
    for (const field of policy.mxFields) {
        const key = field.value.toLowerCase();
        if (key.length === 0)
            continue;
        const firstLine = seen.get(key);
        if (firstLine !== undefined) {
            add({ ruleId: 'STS216', messageId: 'duplicate', data: { value: (0,core_text/* showValue */.vp)(field.value), firstLine }, span: field.valueSpan });
            continue;
        }
        seen.set(key, field.line);
        if (domain && key === `*.${domain.toLowerCase()}`) {
            add({ ruleId: 'STS218', messageId: 'loose', data: { value: field.value, domain }, span: field.valueSpan });
        }
    }
    for (const field of policy.extensions) {
        if (field.value.length === 0) {
            add({ ruleId: 'STS113', messageId: 'emptyValue', data: { name: field.name }, span: field.lineSpan });
        }
    }
}
/** Formats seconds the way people plan rollouts: "1 day", "2 weeks", "3600 seconds (1 hour)". */
function formatDuration(seconds) {
    const plural = (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`;
    if (seconds % WEEK === 0 && seconds >= WEEK)
        return plural(seconds / WEEK, 'week');
    if (seconds % DAY === 0 && seconds >= DAY)
        return plural(seconds / DAY, 'day');
    if (seconds % 3600 === 0 && seconds >= 3600)
        return plural(seconds / 3600, 'hour');
    if (seconds >= DAY)
        return `about ${(seconds / DAY).toFixed(1)} days`;
    if (seconds >= 3600)
        return `about ${(seconds / 3600).toFixed(1)} hours`;
    return plural(seconds, 'second');
}
function lintRecordSet(set, kind, parse, domain, collector) {
    const add = (raw) => collector.add(set.file, raw);
    const version = kind === 'sts' ? STS_VERSION : TLSRPT_VERSION;
    const parsed = [];
    let matching = 0;
    const owner = set.owner ?? (kind === 'sts' ? `_mta-sts.${domain ?? '<domain>'}` : `_smtp._tls.${domain ?? '<domain>'}`);
    for (const raw of set.sourceFindings ?? [])
        add(raw);
    for (const computed of set.computed ?? []) {
        add({ ruleId: 'STS322', messageId: 'computed', data: { owner, expression: computed.expression }, span: computed.span });
    }
    if (set.cname) {
        add({ ruleId: 'STS324', messageId: 'cname', data: { owner, target: set.cname.target }, span: set.cname.span });
    }
    for (const record of set.records) {
        const value = joinTxt(record);
        if (!set.explicit && !looksLikeKind(value, kind)) {
            add({ ruleId: 'STS316', messageId: 'unrelated', data: { value: (0,core_text/* showValue */.vp)(value, 60) }, span: txtSpan(record, 0, value.length) });
            continue;
        }
        const result = parse(record);
        for (const raw of result.findings)
            add(raw);
        parsed.push(result);
        if (value.startsWith(version)) {
            matching++;
            if (matching === 2) {
                const count = set.records.filter((candidate) => joinTxt(candidate).startsWith(version)).length;
                add({ ruleId: kind === 'sts' ? 'STS315' : 'STS410', messageId: 'multiple', data: { count }, span: txtSpan(record, 0, value.length) });
            }
        }
    }
    const unreadable = (set.computed?.length ?? 0) > 0 || set.cname !== undefined;
    if (parsed.length === 0 && kind === 'sts' && domain && !unreadable) {
        add({ ruleId: 'STS301', messageId: 'missing', data: { domain, source: set.label } });
    }
    return parsed;
}
/** Tells an attempt at an MTA-STS or TLS-RPT record apart from other TXT data at the same name. */
function looksLikeKind(value, kind) {
    const lower = value.toLowerCase();
    const mentionsEither = lower.includes('sts') || lower.includes('tlsrpt');
    if (kind === 'sts')
        return mentionsEither || /(^|[; ])id=/.test(lower);
    return mentionsEither || lower.includes('rua=');
}
function checkTlsRptPresence(policy, input, tlsrpt, collector) {
    if (!input.tlsrpt || tlsrpt.length > 0 || !input.policy)
        return;
    if ((input.tlsrpt.computed?.length ?? 0) > 0 || input.tlsrpt.cname)
        return;
    const modeField = policy.fields.find((field) => field.name === 'mode');
    const data = { domain: input.domain, source: input.tlsrpt.label };
    if (policy.mode === 'testing') {
        collector.add(input.policy.file, { ruleId: 'STS222', messageId: 'missing', data, span: modeField?.valueSpan });
    }
    else if (policy.mode === 'enforce') {
        collector.add(input.policy.file, { ruleId: 'STS223', messageId: 'missing', data, span: modeField?.valueSpan });
    }
}
/** Renders a raw finding with the rule registry and the user's settings; returns undefined for a rule turned off. */
function toFinding(raw, domain, file, settings) {
    const rule = (0,catalog/* findRule */.Il)(raw.ruleId);
    if (!rule) {
        throw new Error(`internal error: finding for unregistered rule ${raw.ruleId}`);
    }
    const setting = settings.get(rule.id);
    if (setting === 'off')
        return undefined;
    const severity = setting ?? raw.severity ?? rule.severity;
    let span = raw.span ?? null;
    let findingFile = file;
    if (span?.file !== undefined) {
        findingFile = span.file;
        const { file: _spanFile, ...rest } = span;
        span = rest;
    }
    return {
        ruleId: rule.id,
        alias: rule.alias,
        messageId: raw.messageId,
        severity,
        message: (0,catalog/* renderMessage */.e4)(rule, raw.messageId, raw.data),
        rfc: rule.rfc,
        domain,
        file: findingFile,
        span,
        data: raw.data ?? {},
    };
}

// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __nccwpck_require__(5729);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/git.ts
/**
 * Runs git. Every call goes through `runGit`, which turns a failure into a
 * `GitError` with git's own first line of error output, and `CatFile`, one
 * long-running `git cat-file --batch` per repository for reading blobs.
 */


/** Runs `git args...` in `cwd` and returns standard output. */
function git_runGit(args, cwd, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.trim().split('\n')[0] || error.message;
                reject(new errors/* GitError */.XS(`git ${args[0]} failed: ${detail}`, { cause: error }));
                return;
            }
            resolve(stdout);
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Returns the repository root containing `cwd`, or null outside a work tree or without git. */
async function findGitRoot(cwd) {
    try {
        return (await git_runGit(['rev-parse', '--show-toplevel'], cwd)).trim();
    }
    catch {
        return null;
    }
}
/** Resolves a revision to a commit id, or returns null when the repository does not have it. */
async function resolveCommit(rev, cwd) {
    try {
        return (await git_runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd)).trim() || null;
    }
    catch {
        return null;
    }
}
async function isShallow(cwd) {
    return (await git_runGit(['rev-parse', '--is-shallow-repository'], cwd)).trim() === 'true';
}
/**
 * Reads blobs through one `git cat-file --batch` process. Requests are
 * answered in order, so they are queued and matched to responses one by one.
 */
class CatFile {
    cwd;
    child;
    buffer = Buffer.alloc(0);
    pending = [];
    failure;
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(object) {
        if (object.includes('\n'))
            return Promise.resolve(null);
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        if (this.pending.length === 0)
            this.setActive(true);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            child.stdin.write(`${object}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: { ...process.env, LC_ALL: 'C' } });
        child.stdout.on('data', (chunk) => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.drain();
        });
        const fail = (error) => {
            this.failure = new GitError(`git cat-file failed: ${error.message}`, { cause: error });
            for (const request of this.pending.splice(0))
                request.reject(this.failure);
        };
        child.on('error', fail);
        child.on('exit', (code) => {
            if (this.pending.length > 0)
                fail(new Error(`exited with status ${code}`));
        });
        this.child = child;
        return child;
    }
    /** Keeps the event loop alive only while requests are pending, so an idle reader never holds the process open. */
    setActive(active) {
        const child = this.child;
        if (!child)
            return;
        const handles = [child, child.stdout, child.stdin];
        for (const handle of handles) {
            if (active)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    drain() {
        for (;;) {
            const request = this.pending[0];
            if (!request)
                return;
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.pending.shift();
                if (this.pending.length === 0)
                    this.setActive(false);
                request.resolve(null);
                continue;
            }
            const size = Number(header.split(' ')[2]);
            if (this.buffer.length < newline + 1 + size + 1)
                return;
            const content = Uint8Array.prototype.slice.call(this.buffer, newline + 1, newline + 1 + size);
            this.buffer = this.buffer.subarray(newline + 1 + size + 1);
            this.pending.shift();
            if (this.pending.length === 0)
                this.setActive(false);
            request.resolve(header.split(' ')[1] === 'blob' ? content : null);
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/workspace.ts
var adapters_workspace = __nccwpck_require__(1841);
;// CONCATENATED MODULE: ./src/adapters/tree.ts
/**
 * A file tree to lint: the working tree, the git index, or a commit. The
 * check and the id gate read every file through this interface, so a
 * revision is always read with git itself and never from the working tree
 * by accident.
 */





const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
function isSkipped(file) {
    return file.split('/').some((segment) => SKIPPED_FOLDERS.has(segment));
}
/** The files on disk. Inside a git work tree, files that git ignores are left out. */
class WorkTree {
    root;
    inGit;
    label = 'the working tree';
    listing;
    constructor(root, inGit) {
        this.root = root;
        this.inGit = inGit;
    }
    list() {
        this.listing ??= this.inGit ? this.listWithGit() : walk(this.root, '');
        return this.listing;
    }
    async listWithGit() {
        const output = await git_runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], this.root);
        const files = output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
        // Files deleted from disk but still in the index are not part of the working tree.
        const present = await Promise.all(files.map((file) => (0,promises_.stat)(external_node_path_default().join(this.root, file)).then((info) => info.isFile(), () => false)));
        return files.filter((_file, index) => present[index]);
    }
    listUnder(folder) {
        return walk(this.root, folder === '.' ? '' : folder);
    }
    isFolder(folder) {
        return (0,promises_.stat)(external_node_path_default().resolve(this.root, folder)).then((info) => info.isDirectory(), () => false);
    }
    async read(file) {
        try {
            const absolute = external_node_path_default().resolve(this.root, file);
            const info = await (0,promises_.stat)(absolute);
            // A pipe or device (such as /dev/stdin) is read as a file; a folder is not a file.
            if (info.isDirectory())
                return null;
            return await (0,promises_.readFile)(absolute);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
                return null;
            throw new errors/* InputError */.dz(`cannot read \`${file}\`: ${(0,adapters_workspace/* describeFsError */.TQ)(error)}`, { cause: error });
        }
    }
}
async function walk(root, prefix) {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, prefix), { withFileTypes: true }).catch((error) => {
        throw new errors/* InputError */.dz(`cannot list \`${prefix || root}\`: ${(0,adapters_workspace/* describeFsError */.TQ)(error)}`, { cause: error });
    });
    for (const entry of entries) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
            out.push(...(await walk(root, relative)));
        else if (entry.isFile())
            out.push(relative);
    }
    return out;
}
/** The files of a commit (`rev`) or of the index (`rev` is null), read with `git ls-tree` / `git ls-files` and `git cat-file`. */
class GitTree {
    root;
    rev;
    catFile;
    label;
    listing;
    constructor(root, rev, catFile) {
        this.root = root;
        this.rev = rev;
        this.catFile = catFile;
        this.label = rev === null ? 'the index' : `\`${rev}\``;
    }
    list() {
        this.listing ??= (async () => {
            const args = this.rev === null ? ['ls-files', '-z', '--cached'] : ['ls-tree', '-r', '-z', '--name-only', this.rev];
            const output = await runGit(args, this.root);
            return output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
        })();
        return this.listing;
    }
    read(file) {
        return this.catFile.read(this.rev === null ? `:${file}` : `${this.rev}:${file}`);
    }
    async listUnder(folder) {
        const prefix = folder === '.' || folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
        return (await this.list()).filter((file) => file.startsWith(prefix));
    }
    async isFolder(folder) {
        const prefix = `${folder.replace(/\/$/, '')}/`;
        return folder === '.' || folder === '' || (await this.list()).some((file) => file.startsWith(prefix));
    }
}

;// CONCATENATED MODULE: ./src/core/sources/types.ts
/**
 * The shape every DNS-as-code reader produces: the TXT (and CNAME) records
 * it found, with owner names and file positions, or the reason a value
 * cannot be known without running the tool that renders it.
 */
/** Joins a relative name to its origin; `@` is the origin itself. */
function absoluteName(name, origin) {
    const lower = name.toLowerCase();
    if (lower === '@')
        return origin ? { name: origin, relative: false } : { name: '', relative: true };
    if (lower.endsWith('.'))
        return { name: lower.replace(/\.+$/, ''), relative: false };
    if (!origin)
        return { name: lower, relative: true };
    return { name: `${lower}.${origin}`, relative: false };
}
/** Classifies an owner name: `_mta-sts.<domain>` or `_smtp._tls.<domain>`. */
function ownerKind(owner) {
    if (owner === '_mta-sts' || owner.startsWith('_mta-sts.'))
        return { kind: 'sts', domain: owner.slice('_mta-sts.'.length) };
    if (owner === '_smtp._tls' || owner.startsWith('_smtp._tls.'))
        return { kind: 'tlsrpt', domain: owner.slice('_smtp._tls.'.length) };
    return undefined;
}

// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __nccwpck_require__(8835);
;// CONCATENATED MODULE: ./src/core/sources/dnscontrol.ts
/**
 * TXT and CNAME records in DNSControl configurations (`dnsconfig.js` and
 * the files it requires): `D("example.com", ...)` scopes, `TXT(name,
 * value)` with a string or an array of strings, `CNAME(name, target)`.
 * Values built from variables or string concatenation are computed.
 */


function tokenize(text, position) {
    const tokens = [];
    let offset = 0;
    while (offset < text.length) {
        const char = text[offset];
        if (/\s/.test(char)) {
            offset++;
            continue;
        }
        if (char === '/' && text[offset + 1] === '/') {
            while (offset < text.length && text[offset] !== '\n')
                offset++;
            continue;
        }
        if (char === '/' && text[offset + 1] === '*') {
            const end = text.indexOf('*/', offset + 2);
            offset = end < 0 ? text.length : end + 2;
            continue;
        }
        if (char === '"' || char === "'" || char === '`') {
            const token = readString(text, offset, position);
            tokens.push(token);
            offset = token.end;
            continue;
        }
        const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(offset, offset + 256));
        if (ident) {
            tokens.push({ kind: 'ident', text: ident[0], start: offset, end: offset + ident[0].length });
            offset += ident[0].length;
            continue;
        }
        tokens.push({ kind: '()[],+'.includes(char) ? 'punct' : 'other', text: char, start: offset, end: offset + 1 });
        offset++;
    }
    return tokens;
}
function readString(text, start, position) {
    const quote = text[start];
    const positions = [];
    let value = '';
    let offset = start + 1;
    let interpolated = false;
    while (offset < text.length && text[offset] !== quote) {
        const char = text[offset];
        if (char === '\n' && quote !== '`')
            break;
        if (quote === '`' && char === '$' && text[offset + 1] === '{')
            interpolated = true;
        if (char === '\\' && offset + 1 < text.length) {
            const escape = decodeJsEscape(text, offset);
            value += escape.text;
            for (let index = 0; index < escape.text.length; index++)
                positions.push(position(offset));
            offset += escape.length;
            continue;
        }
        value += char;
        positions.push(position(offset));
        offset++;
    }
    const end = Math.min(text.length, offset + 1);
    positions.push(position(offset));
    return { kind: interpolated ? 'template' : 'string', text: text.slice(start, end), value, positions, start, end };
}
function decodeJsEscape(text, offset) {
    const next = text[offset + 1];
    const simple = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (simple[next] !== undefined)
        return { text: simple[next], length: 2 };
    const hex = /^x([0-9A-Fa-f]{2})|^u([0-9A-Fa-f]{4})|^u\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(offset + 1, offset + 10));
    if (hex)
        return { text: String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16)), length: hex[0].length + 1 };
    if (next === '\n')
        return { text: '', length: 2 };
    return { text: next, length: 2 };
}
/** Splits call arguments at top-level commas. */
function readArguments(tokens, open) {
    const args = [[]];
    let depth = 0;
    let index = open + 1;
    for (; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.kind === 'punct' && (token.text === '(' || token.text === '['))
            depth++;
        if (token.kind === 'punct' && (token.text === ')' || token.text === ']')) {
            if (depth === 0)
                break;
            depth--;
        }
        if (depth === 0 && token.kind === 'punct' && token.text === ',') {
            args.push([]);
            continue;
        }
        args.at(-1).push(token);
    }
    return { args, close: index };
}
/** Reads a DNSControl JavaScript file. `file` is the path findings point at. */
function readDnscontrol(text, file) {
    const lineStarts = [0];
    for (let index = 0; index < text.length; index++)
        if (text[index] === '\n')
            lineStarts.push(index + 1);
    const position = (offset) => {
        let line = lineStarts.length - 1;
        while (line > 0 && lineStarts[line] > offset)
            line--;
        return { line: line + 1, column: offset - lineStarts[line] + 1 };
    };
    const spanOf = (start, end) => {
        const from = position(start);
        const to = position(end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
    const tokens = tokenize(text, position);
    const records = [];
    const requires = [];
    const scopes = [];
    for (let index = 0; index < tokens.length; index++) {
        while (scopes.length > 0 && index > scopes.at(-1).close)
            scopes.pop();
        const token = tokens[index];
        const open = tokens[index + 1];
        if (token.kind !== 'ident' || open?.kind !== 'punct' || open.text !== '(')
            continue;
        const { args, close } = readArguments(tokens, index + 1);
        const first = args[0] ?? [];
        const literal = (arg) => (arg?.length === 1 && arg[0].kind === 'string' ? arg[0].value : undefined);
        if (token.text === 'D' || token.text === 'D_EXTEND') {
            const domain = literal(first);
            if (domain)
                scopes.push({ domain: domain.toLowerCase().replace(/\.$/, ''), close });
            continue;
        }
        if (token.text === 'require' || token.text === 'require_glob') {
            const target = literal(first);
            if (target)
                requires.push(target);
            continue;
        }
        if (token.text !== 'TXT' && token.text !== 'CNAME')
            continue;
        const origin = scopes.at(-1)?.domain ?? null;
        const nameText = literal(first);
        const owner = nameText === undefined ? { name: ownerPrefix(first), relative: true } : absoluteName(nameText, origin);
        const valueArg = args[1] ?? [];
        const span = spanOf(token.start, tokens[close]?.end ?? token.end);
        const base = { format: 'dnscontrol', file, owner: owner.name, relative: owner.relative, type: token.text, span, findings: [] };
        if (token.text === 'CNAME') {
            const target = literal(valueArg);
            if (target !== undefined)
                records.push({ ...base, target: absoluteName(target, origin).name });
            continue;
        }
        const record = txtValue(valueArg);
        if (record)
            records.push({ ...base, record });
        else
            records.push({ ...base, computed: (0,core_text/* showValue */.vp)(text.slice(valueArg[0]?.start ?? token.start, valueArg.at(-1)?.end ?? token.end), 120) });
    }
    return { records, requires };
}
/** Returns the literal start of a computed name, such as `_mta-sts` in `buildHost('_mta-sts', host)`. */
function ownerPrefix(arg) {
    const string = arg.find((token) => token.kind === 'string');
    return string?.value?.toLowerCase() ?? '';
}
/** Builds the record from a string or an array of strings; anything else is computed. */
function txtValue(arg) {
    if (arg.length === 1 && arg[0].kind === 'string') {
        const token = arg[0];
        return { strings: [token.value], explicitStrings: false, positions: token.positions };
    }
    const isArray = arg[0]?.text === '[' && arg.at(-1)?.text === ']';
    if (!isArray)
        return undefined;
    const strings = [];
    const positions = [];
    for (const token of arg.slice(1, -1)) {
        if (token.kind === 'punct' && token.text === ',')
            continue;
        if (token.kind !== 'string')
            return undefined;
        strings.push(token.value);
        positions.push(...token.positions.slice(0, -1));
    }
    const last = arg.at(-2);
    if (strings.length === 0 || !last?.positions)
        return undefined;
    positions.push(last.positions.at(-1));
    return { strings, explicitStrings: true, positions };
}

;// CONCATENATED MODULE: ./src/core/sources/hcl.ts
/**
 * A reader for the part of HCL (HashiCorp Configuration Language, native
 * syntax) that DNS records are written in: blocks, attributes, quoted
 * templates with `${...}`, heredocs, tuples, objects, references and
 * function calls. Anything else is kept as raw text, so an unusual
 * expression makes a value "computed" instead of breaking the parse.
 */
const PUNCT = ['<=', '>=', '==', '!=', '&&', '||', '=>', '...', '{', '}', '[', ']', '(', ')', '=', ',', ':', '?', '.', '+', '-', '*', '/', '%', '<', '>', '!'];
class Scanner {
    text;
    file;
    lineStarts = [0];
    constructor(text, file) {
        this.text = text;
        this.file = file;
        for (let index = 0; index < text.length; index++) {
            if (text.charCodeAt(index) === 0x0a)
                this.lineStarts.push(index + 1);
        }
    }
    position(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1, file: this.file };
    }
    span(start, end) {
        const from = this.position(start);
        const to = this.position(end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, file: this.file };
    }
    tokenize() {
        const tokens = [];
        const text = this.text;
        let offset = 0;
        while (offset < text.length) {
            const char = text[offset];
            if (char === ' ' || char === '\t' || char === '\r') {
                offset++;
                continue;
            }
            if (char === '\n') {
                tokens.push({ kind: 'newline', text: '\n', start: offset, end: offset + 1 });
                offset++;
                continue;
            }
            if (char === '#' || (char === '/' && text[offset + 1] === '/')) {
                while (offset < text.length && text[offset] !== '\n')
                    offset++;
                continue;
            }
            if (char === '/' && text[offset + 1] === '*') {
                const end = text.indexOf('*/', offset + 2);
                offset = end < 0 ? text.length : end + 2;
                continue;
            }
            if (char === '"') {
                const token = this.readTemplate(offset);
                tokens.push(token);
                offset = token.end;
                continue;
            }
            if (char === '<' && text[offset + 1] === '<' && /^<<-?[A-Za-z_][A-Za-z0-9_]*\r?\n/.test(text.slice(offset, offset + 64))) {
                const token = this.readHeredoc(offset);
                tokens.push(token);
                offset = token.end;
                continue;
            }
            const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(offset, offset + 256));
            if (ident) {
                tokens.push({ kind: 'ident', text: ident[0], start: offset, end: offset + ident[0].length });
                offset += ident[0].length;
                continue;
            }
            const number = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(offset, offset + 64));
            if (number) {
                tokens.push({ kind: 'number', text: number[0], start: offset, end: offset + number[0].length });
                offset += number[0].length;
                continue;
            }
            const punct = PUNCT.find((candidate) => text.startsWith(candidate, offset)) ?? char;
            tokens.push({ kind: 'punct', text: punct, start: offset, end: offset + punct.length });
            offset += punct.length;
        }
        tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length });
        return tokens;
    }
    /** Reads a quoted template, decoding escapes and keeping `${...}` and `%{...}` as interpolations. */
    readTemplate(start) {
        const text = this.text;
        const parts = [];
        let literal = '';
        let positions = [];
        const flush = () => {
            if (literal.length > 0)
                parts.push({ literal, positions });
            literal = '';
            positions = [];
        };
        let offset = start + 1;
        while (offset < text.length && text[offset] !== '"' && text[offset] !== '\n') {
            const char = text[offset];
            if (char === '\\') {
                const decoded = decodeEscape(text, offset);
                literal += decoded.text;
                for (let index = 0; index < decoded.text.length; index++)
                    positions.push(this.position(offset));
                offset += decoded.length;
                continue;
            }
            if ((char === '$' || char === '%') && text[offset + 1] === char && text[offset + 2] === '{') {
                literal += `${char}{`;
                positions.push(this.position(offset), this.position(offset + 2));
                offset += 3;
                continue;
            }
            if ((char === '$' || char === '%') && text[offset + 1] === '{') {
                flush();
                const end = findClosingBrace(text, offset + 2);
                parts.push({ interpolation: text.slice(offset, end), span: this.span(offset, end) });
                offset = end;
                continue;
            }
            literal += char;
            positions.push(this.position(offset));
            offset++;
        }
        flush();
        const end = text[offset] === '"' ? offset + 1 : offset;
        return { kind: 'string', text: text.slice(start, end), start, end, parts };
    }
    readHeredoc(start) {
        const text = this.text;
        const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(text.slice(start, start + 64));
        const marker = header[2];
        const bodyStart = start + header[0].length;
        const closing = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, 'm');
        const rest = text.slice(bodyStart);
        const match = closing.exec(rest);
        const bodyEnd = match ? bodyStart + match.index : text.length;
        const end = match ? bodyEnd + match[0].length : text.length;
        const parts = [];
        let literal = '';
        let positions = [];
        for (let offset = bodyStart; offset < bodyEnd;) {
            const char = text[offset];
            if ((char === '$' || char === '%') && text[offset + 1] === '{') {
                if (literal)
                    parts.push({ literal, positions });
                literal = '';
                positions = [];
                const close = findClosingBrace(text, offset + 2);
                parts.push({ interpolation: text.slice(offset, close), span: this.span(offset, close) });
                offset = close;
                continue;
            }
            literal += char;
            positions.push(this.position(offset));
            offset++;
        }
        if (literal)
            parts.push({ literal, positions });
        return { kind: 'heredoc', text: text.slice(start, end), start, end, parts };
    }
}
function decodeEscape(text, offset) {
    const next = text[offset + 1];
    const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
    if (next !== undefined && simple[next] !== undefined)
        return { text: simple[next], length: 2 };
    const unicode = /^u([0-9A-Fa-f]{4})|^U([0-9A-Fa-f]{8})/.exec(text.slice(offset + 1, offset + 10));
    if (unicode) {
        return { text: String.fromCodePoint(parseInt(unicode[1] ?? unicode[2], 16)), length: unicode[0].length + 1 };
    }
    return { text: next ?? '', length: next === undefined ? 1 : 2 };
}
/** Returns the offset after the `}` that closes an interpolation, skipping nested braces and strings. */
function findClosingBrace(text, from) {
    let depth = 1;
    let offset = from;
    while (offset < text.length && depth > 0) {
        const char = text[offset];
        if (char === '"') {
            offset++;
            while (offset < text.length && text[offset] !== '"')
                offset += text[offset] === '\\' ? 2 : 1;
        }
        else if (char === '{') {
            depth++;
        }
        else if (char === '}') {
            depth--;
        }
        offset++;
    }
    return offset;
}
class Parser {
    tokens;
    scanner;
    index = 0;
    constructor(tokens, scanner) {
        this.tokens = tokens;
        this.scanner = scanner;
    }
    peek(skipNewlines = false) {
        let index = this.index;
        while (skipNewlines && this.tokens[index].kind === 'newline')
            index++;
        return this.tokens[index];
    }
    next() {
        return this.tokens[this.index++];
    }
    skipNewlines() {
        while (this.peek().kind === 'newline')
            this.index++;
    }
    parseBody(closing) {
        const body = { type: '', labels: [], attributes: new Map(), blocks: [], span: this.scanner.span(0, 0) };
        for (;;) {
            this.skipNewlines();
            const token = this.peek();
            if (token.kind === 'eof' || (closing && token.kind === 'punct' && token.text === closing))
                return body;
            if (token.kind !== 'ident') {
                this.skipLine();
                continue;
            }
            this.next();
            const after = this.peek();
            if (after.kind === 'punct' && (after.text === '=' || after.text === ':')) {
                this.next();
                body.attributes.set(token.text, this.parseExpression());
                continue;
            }
            const labels = [];
            while (this.peek().kind === 'string' || this.peek().kind === 'ident') {
                const label = this.next();
                labels.push(label.kind === 'string' ? literalText(label.parts ?? []) : label.text);
            }
            if (this.peek().kind === 'punct' && this.peek().text === '{') {
                this.next();
                const block = this.parseBody('}');
                const end = this.next();
                block.type = token.text;
                block.labels = labels;
                block.span = this.scanner.span(token.start, end.end);
                body.blocks.push(block);
                continue;
            }
            this.skipLine();
        }
    }
    skipLine() {
        let depth = 0;
        while (this.peek().kind !== 'eof') {
            const token = this.next();
            if (token.kind === 'punct' && '{[('.includes(token.text))
                depth++;
            if (token.kind === 'punct' && '}])'.includes(token.text))
                depth--;
            if (depth <= 0 && token.kind === 'newline')
                return;
        }
    }
    /** Parses one expression; anything beyond the simple forms is returned as raw text. */
    parseExpression() {
        const start = this.peek(true);
        const simple = this.parseSimple();
        const after = this.peek();
        const ends = after.kind === 'newline' || after.kind === 'eof' || (after.kind === 'punct' && [',', ']', '}', ')'].includes(after.text));
        if (simple && ends)
            return simple;
        return this.readRaw(start);
    }
    parseSimple() {
        this.skipNewlines();
        const token = this.peek();
        if (token.kind === 'string' || token.kind === 'heredoc') {
            this.next();
            return { kind: 'string', parts: token.parts ?? [], span: this.scanner.span(token.start, token.end) };
        }
        if (token.kind === 'punct' && token.text === '[') {
            const saved = this.index;
            this.next();
            const items = [];
            for (;;) {
                this.skipNewlines();
                const next = this.peek();
                if (next.kind === 'punct' && next.text === ']')
                    break;
                if (next.kind === 'ident' && next.text === 'for') {
                    this.index = saved;
                    return undefined;
                }
                if (next.kind === 'eof')
                    return undefined;
                items.push(this.parseExpression());
                this.skipNewlines();
                if (this.peek().kind === 'punct' && this.peek().text === ',')
                    this.next();
            }
            const end = this.next();
            return { kind: 'list', items, span: this.scanner.span(token.start, end.end) };
        }
        if (token.kind === 'punct' && token.text === '{') {
            const saved = this.index;
            this.next();
            const entries = [];
            for (;;) {
                this.skipNewlines();
                const key = this.peek();
                if (key.kind === 'punct' && key.text === '}')
                    break;
                if (key.kind === 'eof' || (key.kind === 'ident' && key.text === 'for')) {
                    this.index = saved;
                    return undefined;
                }
                this.next();
                const separator = this.next();
                if (separator.kind !== 'punct' || (separator.text !== '=' && separator.text !== ':')) {
                    this.index = saved;
                    return undefined;
                }
                const name = key.kind === 'string' ? literalText(key.parts ?? []) : key.text;
                entries.push({ key: name, value: this.parseExpression() });
                if (this.peek().kind === 'punct' && this.peek().text === ',')
                    this.next();
            }
            const end = this.next();
            return { kind: 'object', entries, span: this.scanner.span(token.start, end.end) };
        }
        if (token.kind === 'ident') {
            const path = [token.text];
            const saved = this.index;
            this.next();
            while (this.peek().kind === 'punct' && this.peek().text === '.' && this.tokens[this.index + 1]?.kind === 'ident') {
                this.next();
                path.push(this.next().text);
            }
            if (this.peek().kind === 'punct' && (this.peek().text === '(' || this.peek().text === '[')) {
                this.index = saved;
                return undefined;
            }
            const last = this.tokens[this.index - 1];
            return { kind: 'ref', path, span: this.scanner.span(token.start, last.end) };
        }
        return undefined;
    }
    /** Reads tokens up to the end of the expression (a newline, `,` or closing bracket at depth 0). */
    readRaw(start) {
        let depth = 0;
        let end = start.end;
        while (this.peek().kind !== 'eof') {
            const token = this.peek();
            if (depth === 0 && (token.kind === 'newline' || (token.kind === 'punct' && [',', ']', '}', ')'].includes(token.text))))
                break;
            if (token.kind === 'punct' && '{[('.includes(token.text))
                depth++;
            if (token.kind === 'punct' && '}])'.includes(token.text))
                depth--;
            end = token.end;
            this.next();
        }
        return { kind: 'other', text: this.scanner.text.slice(start.start, end), span: this.scanner.span(start.start, end) };
    }
}
/** Returns the literal text of template parts, with `${...}` kept as written. */
function literalText(parts) {
    return parts.map((part) => ('literal' in part ? part.literal : part.interpolation)).join('');
}
/** Parses an HCL file into its top-level body. Never throws. */
function parseHcl(text, file) {
    const scanner = new Scanner(text.replace(/^\uFEFF/, ''), file);
    return new Parser(scanner.tokenize(), scanner).parseBody();
}

;// CONCATENATED MODULE: ./src/core/sources/terraform.ts
/**
 * TXT records in Terraform: DNS provider resources (Cloudflare, Route 53,
 * Azure DNS, Google Cloud DNS and others), record lists in `locals`, and
 * values taken from `var.*` defaults, `*.tfvars` files and `local.*`.
 */


const PROVIDERS = {
    cloudflare_record: { name: ['name'], value: ['content', 'value'], type: 'type', presentation: true },
    cloudflare_dns_record: { name: ['name'], value: ['content'], type: 'type', presentation: true },
    aws_route53_record: { name: ['name'], value: ['records'], type: 'type', presentation: true },
    azurerm_dns_txt_record: { name: ['name'], value: [], nested: { block: 'record', attribute: 'value' }, presentation: false },
    google_dns_record_set: { name: ['name'], value: ['rrdatas'], type: 'type', presentation: true },
    digitalocean_record: { name: ['name'], value: ['value'], type: 'type', presentation: false },
    desec_rrset: { name: ['subname'], value: ['records'], type: 'type', presentation: true },
    hetznerdns_record: { name: ['name'], value: ['value'], type: 'type', presentation: true },
    dnsimple_zone_record: { name: ['name'], value: ['value'], type: 'type', presentation: false },
    dnsimple_record: { name: ['name'], value: ['value'], type: 'type', presentation: false },
    ovh_domain_zone_record: { name: ['subdomain'], value: ['target'], type: 'fieldtype', presentation: true },
    gandi_livedns_record: { name: ['name'], value: ['values'], type: 'type', presentation: true },
    linode_domain_record: { name: ['name'], value: ['target'], type: 'record_type', presentation: false },
    vultr_dns_record: { name: ['name'], value: ['data'], type: 'type', presentation: true },
    powerdns_record: { name: ['name'], value: ['records'], type: 'type', presentation: true },
};
const NAME_KEYS = ['name', 'subdomain', 'subname', 'record_name', 'host', 'hostname'];
const VALUE_KEYS = ['records', 'values', 'value', 'content', 'rrdatas', 'target', 'data', 'txt'];
const TYPE_KEYS = ['type', 'record_type', 'fieldtype'];
/** Reads the TXT and CNAME records from the files of one Terraform module (one folder). */
function readTerraform(files) {
    const module = { variables: new Map(), locals: new Map() };
    const bodies = [];
    for (const file of files) {
        const body = parseHcl(file.text, file.path);
        if (file.path.endsWith('.tfvars'))
            continue;
        bodies.push({ file: file.path, body });
        // Top-level attributes are invalid in a .tf file; they appear where a tfvars file was pasted into one, so read them as variable values.
        for (const [name, value] of body.attributes)
            module.variables.set(name, value);
        for (const block of body.blocks) {
            if (block.type === 'variable' && block.labels[0] && block.attributes.has('default')) {
                module.variables.set(block.labels[0], block.attributes.get('default'));
            }
            if (block.type === 'locals') {
                for (const [name, value] of block.attributes)
                    module.locals.set(name, value);
            }
        }
    }
    // Variable files override defaults; terraform.tfvars and *.auto.tfvars are read automatically by Terraform.
    for (const file of files.filter((candidate) => candidate.path.endsWith('.tfvars'))) {
        for (const [name, value] of parseHcl(file.text, file.path).attributes)
            module.variables.set(name, value);
    }
    const records = [];
    for (const { file, body } of bodies) {
        for (const block of body.blocks) {
            if (block.type === 'resource' && block.labels[0])
                readResource(block, file, module, records);
        }
        for (const block of body.blocks) {
            if (block.type !== 'locals')
                continue;
            for (const value of block.attributes.values())
                findRecordObjects(value, file, module, records);
        }
    }
    return records;
}
function readResource(block, file, module, records) {
    const resourceType = block.labels[0];
    const shape = PROVIDERS[resourceType] ?? genericShape(block);
    if (!shape)
        return;
    const typeExpr = shape.type ? block.attributes.get(shape.type) : undefined;
    const type = typeExpr ? resolveString(typeExpr, module, 0) : { chars: 'TXT', positions: [] };
    if (!('chars' in type))
        return;
    const recordType = type.chars.toUpperCase();
    if (recordType !== 'TXT' && recordType !== 'CNAME')
        return;
    const nameExpr = shape.name.map((key) => block.attributes.get(key)).find((expr) => expr !== undefined);
    if (!nameExpr)
        return;
    const owner = resolveOwner(nameExpr, module);
    const values = [];
    for (const key of shape.value) {
        const expr = block.attributes.get(key);
        if (!expr)
            continue;
        if (expr.kind === 'list')
            values.push(...expr.items);
        else
            values.push(expr);
        break;
    }
    if (shape.nested) {
        for (const nested of block.blocks.filter((candidate) => candidate.type === shape.nested.block)) {
            const expr = nested.attributes.get(shape.nested.attribute);
            if (expr)
                values.push(expr);
        }
    }
    for (const value of values) {
        records.push(toSourceRecord(owner, recordType, value, file, module, shape.presentation));
    }
}
/** Recognizes other providers' record resources by their attribute names. */
function genericShape(block) {
    const type = TYPE_KEYS.find((key) => block.attributes.has(key));
    const name = NAME_KEYS.filter((key) => block.attributes.has(key));
    const value = VALUE_KEYS.filter((key) => block.attributes.has(key));
    if (!type || name.length === 0 || value.length === 0)
        return undefined;
    return { name, value, type, presentation: false };
}
/** Finds record objects inside locals, such as `{ type = "TXT", subdomain = "_mta-sts", records = [...] }`. */
function findRecordObjects(expr, file, module, records) {
    if (expr.kind === 'list') {
        for (const item of expr.items)
            findRecordObjects(item, file, module, records);
        return;
    }
    if (expr.kind !== 'object')
        return;
    const entries = new Map(expr.entries.map((entry) => [entry.key, entry.value]));
    const typeExpr = TYPE_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
    const nameExpr = NAME_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
    const valueExpr = VALUE_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
    const type = typeExpr ? resolveString(typeExpr, module, 0) : undefined;
    if (type && 'chars' in type && nameExpr && valueExpr && (type.chars.toUpperCase() === 'TXT' || type.chars.toUpperCase() === 'CNAME')) {
        const owner = resolveOwner(nameExpr, module);
        const values = valueExpr.kind === 'list' ? valueExpr.items : [valueExpr];
        for (const value of values)
            records.push(toSourceRecord(owner, type.chars.toUpperCase(), value, file, module, true));
        return;
    }
    for (const entry of expr.entries)
        findRecordObjects(entry.value, file, module, records);
}
/**
 * Resolves a record name. A literal name with dots is taken as a full
 * name; `_mta-sts` alone, or a literal prefix followed by a zone
 * expression, is relative to a zone this reader cannot know.
 */
function resolveOwner(expr, module) {
    if (expr.kind === 'string') {
        const first = expr.parts[0];
        const allLiteral = expr.parts.every((part) => 'literal' in part);
        const text = literalText(expr.parts).toLowerCase().replace(/\.$/, '');
        if (allLiteral) {
            const isFull = /^(_mta-sts|_smtp\._tls)\.[a-z0-9-]+\.[a-z0-9.-]+$/.test(text);
            return { name: text, relative: !isFull };
        }
        if (first && 'literal' in first) {
            return { name: first.literal.toLowerCase().replace(/\.$/, ''), relative: true };
        }
    }
    const resolved = resolveString(expr, module, 0);
    if ('chars' in resolved)
        return resolveOwner({ kind: 'string', parts: [{ literal: resolved.chars, positions: resolved.positions }], span: expr.span }, module);
    return { name: '', relative: true };
}
function toSourceRecord(owner, type, value, file, module, presentation) {
    const span = spanInFile(value.span, file);
    const base = { format: 'terraform', file, owner: owner.name, relative: owner.relative, type, span, findings: [] };
    const resolved = resolveString(value, module, 0);
    if (!('chars' in resolved)) {
        return { ...base, computed: (0,core_text/* showValue */.vp)(resolved.computed, 120) };
    }
    if (type === 'CNAME') {
        return { ...base, target: resolved.chars.toLowerCase().replace(/\.$/, '') };
    }
    const record = presentation && resolved.chars.startsWith('"') ? splitPresentation(resolved) : undefined;
    return {
        ...base,
        record: record ?? { strings: [resolved.chars], explicitStrings: false, positions: [...resolved.positions, endPosition(resolved.positions, value.span)] },
    };
}
/** Keeps `file` off spans in the record's own file, so findings name the file once. */
function spanInFile(span, file) {
    const { file: spanFile, ...rest } = span;
    return spanFile === file ? rest : span;
}
function endPosition(positions, span) {
    const last = positions.at(-1);
    if (!last)
        return { line: span.line, column: span.column + 1, ...(span.file === undefined ? {} : { file: span.file }) };
    return { ...last, column: last.column + 1 };
}
/**
 * Splits a value in presentation format (`"v=STSv1; " "id=1"`) into its
 * character-strings. Returns undefined when the quotes do not pair up, so
 * the caller keeps the literal quotes and the record rules report them.
 */
function splitPresentation(value) {
    const strings = [];
    const positions = [];
    let offset = 0;
    const text = value.chars;
    while (offset < text.length) {
        if (text[offset] === ' ' || text[offset] === '\t') {
            offset++;
            continue;
        }
        if (text[offset] !== '"')
            return undefined;
        offset++;
        let current = '';
        let closed = false;
        while (offset < text.length) {
            if (text[offset] === '"') {
                closed = true;
                offset++;
                break;
            }
            const escaped = text[offset] === '\\' && offset + 1 < text.length;
            positions.push(value.positions[offset]);
            current += escaped ? text[offset + 1] : text[offset];
            offset += escaped ? 2 : 1;
        }
        if (!closed)
            return undefined;
        strings.push(current);
    }
    if (strings.length === 0)
        return undefined;
    const last = value.positions.at(-1);
    positions.push({ ...last, column: last.column + 1 });
    return { strings, explicitStrings: true, positions };
}
/** Resolves an expression to literal characters with positions, following `var.*` and `local.*` up to 5 levels. */
function resolveString(expr, module, depth) {
    if (depth > 5)
        return { computed: 'a reference chain longer than 5' };
    if (expr.kind === 'ref')
        return resolveReference(expr.path, module, depth);
    if (expr.kind !== 'string')
        return { computed: expr.kind === 'other' ? expr.text : `a ${expr.kind}` };
    let chars = '';
    const positions = [];
    for (const part of expr.parts) {
        if ('literal' in part) {
            chars += part.literal;
            positions.push(...part.positions);
            continue;
        }
        const inner = /^\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)\s*\}$/.exec(part.interpolation);
        if (!inner)
            return { computed: part.interpolation };
        const resolved = resolveReference(inner[1].split('.'), module, depth);
        if (!('chars' in resolved))
            return resolved;
        chars += resolved.chars;
        positions.push(...resolved.positions);
    }
    return { chars, positions };
}
function resolveReference(path, module, depth) {
    const [root, name] = path;
    const text = path.join('.');
    if (path.length !== 2 || !name)
        return { computed: `\${${text}}` };
    const target = root === 'var' ? module.variables.get(name) : root === 'local' ? module.locals.get(name) : undefined;
    if (!target)
        return { computed: `\${${text}}` };
    const resolved = resolveString(target, module, depth + 1);
    return 'chars' in resolved ? resolved : { computed: `\${${text}} = ${resolved.computed}` };
}

;// CONCATENATED MODULE: ./src/core/sources/zone.ts
/**
 * RFC 1035 master files (BIND zone files): `$ORIGIN`, `$TTL`, `@`, relative
 * and absolute owners, an omitted owner, TTL and class in either order,
 * parentheses across lines, comments, quoted and unquoted character-strings
 * with `\X` and `\DDD` escapes (RFC 1035 §5.1).
 */


const CLASSES = new Set(['IN', 'CH', 'HS', 'CS', 'ANY']);
const TTL = /^[0-9]+[smhdw]?(?:[0-9]+[smhdw])*$/i;
const TEMPLATE = /\{\{|\{%|\$\(|\$\{|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z0-9][^<>"\n]*>/;
/** Splits a master file into entries: one per record or directive, joining parentheses across lines. */
function readEntries(text) {
    const entries = [];
    let line = 1;
    let lineStart = 0;
    let depth = 0;
    let entry;
    let entryStart = 0;
    const begin = (offset, ownerOmitted) => {
        entryStart = offset;
        return { tokens: [], ownerOmitted, line, comments: [], source: '' };
    };
    const finish = (offset) => {
        if (entry && entry.tokens.length > 0) {
            entry.source = text.slice(entryStart, offset);
            entries.push(entry);
        }
        entry = undefined;
    };
    const position = (offset) => ({ line, column: offset - lineStart + 1 });
    let offset = 0;
    while (offset < text.length) {
        const char = text[offset];
        if (char === '\n') {
            if (depth === 0)
                finish(offset);
            offset++;
            line++;
            lineStart = offset;
            continue;
        }
        if (char === '\r') {
            offset++;
            continue;
        }
        if (!entry)
            entry = begin(offset, offset === lineStart && (char === ' ' || char === '\t'));
        if (char === ' ' || char === '\t') {
            offset++;
            continue;
        }
        if (char === ';') {
            const end = text.indexOf('\n', offset);
            const stop = end < 0 ? text.length : end;
            entry.comments.push({ text: text.slice(offset + 1, stop).replace(/\r$/, ''), ...position(offset), afterToken: entry.tokens.length });
            offset = stop;
            continue;
        }
        if (char === '(') {
            depth++;
            offset++;
            continue;
        }
        if (char === ')') {
            depth = Math.max(0, depth - 1);
            offset++;
            continue;
        }
        const token = readToken(text, offset, position, char === '"');
        entry.tokens.push(token.token);
        offset = token.end;
    }
    finish(text.length);
    return entries;
}
function readToken(text, start, position, quoted) {
    const at = position(start);
    const positions = [];
    let decoded = '';
    let offset = quoted ? start + 1 : start;
    let closed = !quoted;
    while (offset < text.length) {
        const char = text[offset];
        if (char === '\n' || char === '\r')
            break;
        if (quoted && char === '"') {
            closed = true;
            offset++;
            break;
        }
        if (!quoted && (char === ' ' || char === '\t' || char === ';' || char === '(' || char === ')' || char === '"'))
            break;
        positions.push(position(offset));
        if (char === '\\' && offset + 1 < text.length && text[offset + 1] !== '\n') {
            const digits = /^[0-9]{3}/.exec(text.slice(offset + 1, offset + 4));
            if (digits) {
                decoded += String.fromCharCode(Number(digits[0]) & 0xff);
                offset += 4;
            }
            else {
                decoded += text[offset + 1];
                offset += 2;
            }
            continue;
        }
        decoded += char;
        offset++;
    }
    positions.push(position(offset));
    return {
        token: { text: decoded, raw: text.slice(start, offset), quoted, line: at.line, column: at.column, positions, unterminated: !closed },
        end: offset,
    };
}
/**
 * Reads the TXT and CNAME records of a master file. `file` is the path
 * findings point at; `origin` is the zone name when the file does not set
 * `$ORIGIN` (usually taken from its file name).
 */
function parseZoneFile(text, file, origin = null) {
    const records = [];
    let currentOrigin = origin ? origin.toLowerCase().replace(/\.$/, '') : null;
    let previousOwner = null;
    for (const entry of readEntries(text.replace(/^\uFEFF/, ''))) {
        const first = entry.tokens[0];
        if (!entry.ownerOmitted && first.text.startsWith('$') && /^\$[A-Z]+$/.test(first.text)) {
            if (first.text === '$ORIGIN' && entry.tokens[1]) {
                currentOrigin = absoluteName(entry.tokens[1].text, currentOrigin).name;
            }
            continue;
        }
        let index = 0;
        let owner = previousOwner;
        if (!entry.ownerOmitted) {
            owner = absoluteName(first.text, currentOrigin);
            index = 1;
        }
        previousOwner = owner;
        for (let skipped = 0; skipped < 2 && index < entry.tokens.length; skipped++) {
            const token = entry.tokens[index];
            if (!token.quoted && (CLASSES.has(token.text.toUpperCase()) || TTL.test(token.text)))
                index++;
            else
                break;
        }
        const typeToken = entry.tokens[index];
        if (!typeToken || !owner)
            continue;
        const type = typeToken.text.toUpperCase();
        const data = entry.tokens.slice(index + 1);
        const span = { line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.raw.length };
        if (TEMPLATE.test(entry.source)) {
            // A template's tokens are not reliable, so the owner is its literal start and the type is found by name.
            const templateType = /\s(TXT|CNAME)\s/i.exec(entry.source)?.[1]?.toUpperCase();
            const literalOwner = entry.ownerOmitted ? owner : { name: first.raw.split(TEMPLATE)[0].toLowerCase().replace(/\.+$/, ''), relative: true };
            if (templateType === 'TXT' || /_mta-sts|_smtp\._tls/i.test(entry.source)) {
                records.push({
                    format: 'zone',
                    file,
                    owner: literalOwner.name,
                    relative: literalOwner.relative,
                    type: templateType ?? type,
                    computed: (0,core_text/* showValue */.vp)(entry.source.trim().replace(/\s+/g, ' '), 120),
                    span,
                    findings: [],
                });
            }
            continue;
        }
        if (type === 'CNAME' && data[0]) {
            records.push({ format: 'zone', file, owner: owner.name, relative: owner.relative, type, target: absoluteName(data[0].text, currentOrigin).name, span, findings: [] });
            continue;
        }
        if (type !== 'TXT' || data.length === 0)
            continue;
        const record = { strings: data.map((token) => token.text), explicitStrings: true, positions: [] };
        for (const token of data)
            record.positions.push(...token.positions.slice(0, -1));
        record.positions.push(data.at(-1).positions.at(-1));
        const findings = [];
        checkUnquotedSemicolon(entry, data, findings);
        records.push({
            format: 'zone',
            file,
            owner: owner.name,
            relative: owner.relative,
            type,
            record,
            span: { line: data[0].line, column: data[0].column, endLine: data.at(-1).line, endColumn: data.at(-1).column + data.at(-1).raw.length },
            findings,
        });
    }
    return records;
}
/**
 * Finds `_mta-sts IN TXT v=STSv1; id=1`: the unquoted `;` starts a comment,
 * so the record publishes only `v=STSv1`.
 */
function checkUnquotedSemicolon(entry, data, findings) {
    const lastData = data.at(-1);
    if (lastData.quoted)
        return;
    const comment = entry.comments.find((candidate) => candidate.line === lastData.line && candidate.afterToken === entry.tokens.indexOf(lastData) + 1);
    if (!comment || !/^[ \t]*[A-Za-z0-9_.-]+=/.test(comment.text))
        return;
    const published = data.map((token) => token.text).join('');
    const intended = `${data.map((token) => token.raw).join(' ')};${comment.text}`.trim();
    findings.push({
        ruleId: 'STS321',
        messageId: 'unquoted',
        data: { published: (0,core_text/* showValue */.vp)(published), intended: (0,core_text/* showValue */.vp)(intended) },
        span: { line: comment.line, column: comment.column, endLine: comment.line, endColumn: comment.column + 1 + comment.text.length },
    });
}

;// CONCATENATED MODULE: ./src/core/record/presentation.ts
/**
 * TXT RDATA in master-file presentation format (RFC 1035 §5.1): one or more
 * character-strings, quoted or not, with `\X` and `\DDD` escapes. Every
 * decoded character keeps the file position it came from.
 */
/** Decodes the character-strings in `text`, stopping at a comment or the end of the text. */
function parseCharacterStrings(text, options) {
    const strings = [];
    const positions = [];
    const at = (offset) => ({ line: options.line, column: options.column + offset });
    let offset = 0;
    let commentAt = -1;
    let unterminatedAt = -1;
    while (offset < text.length) {
        const char = text[offset];
        if (char === ' ' || char === '\t') {
            offset++;
            continue;
        }
        if (char === ';' && options.semicolonComments) {
            commentAt = offset;
            break;
        }
        const quoted = char === '"';
        let current = '';
        if (quoted)
            offset++;
        let closed = !quoted;
        while (offset < text.length) {
            const next = text[offset];
            if (quoted && next === '"') {
                closed = true;
                offset++;
                break;
            }
            if (!quoted && (next === ' ' || next === '\t' || (next === ';' && options.semicolonComments)))
                break;
            const start = offset;
            if (next === '\\' && offset + 1 < text.length) {
                const digits = /^[0-9]{3}/.exec(text.slice(offset + 1, offset + 4));
                if (digits) {
                    current += String.fromCharCode(Number(digits[0]) & 0xff);
                    offset += 4;
                }
                else {
                    current += text[offset + 1];
                    offset += 2;
                }
            }
            else {
                current += next;
                offset++;
            }
            positions.push(at(start));
        }
        if (!closed)
            unterminatedAt = offset;
        strings.push(current);
    }
    positions.push(at(Math.min(offset, text.length)));
    return {
        record: { strings, explicitStrings: true, positions },
        end: offset,
        commentAt,
        unterminatedAt,
    };
}

;// CONCATENATED MODULE: ./src/adapters/records.ts
/**
 * Plain text record files: one TXT record per line, as a value or as
 * quoted strings.
 */



/**
 * Reads a record text file. Each non-blank line that does not start with
 * `#` is one TXT record. A line that starts with `"` is presentation format
 * (`"v=STSv1; " "id=1"`, as `dig +short` prints it); any other line,
 * leading whitespace included, is the record value itself. Zone-file lines
 * and `dig` or `host` answers with a quoted value are read from the quote.
 */
function parseRecordText(text) {
    const records = [];
    const lines = text.split(/\r\n|\n|\r/);
    for (const [index, raw] of lines.entries()) {
        const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
        let indent = line.length - line.trimStart().length;
        let content = line.trimStart();
        if (content.length === 0 || content.startsWith('#'))
            continue;
        // A zone-file line or `dig`/`host` output: keep only the record data after `TXT` or `descriptive text`.
        const rdata = /^\S+\s+(?:[0-9]+\s+)?(?:IN\s+)?(?:[0-9]+\s+)?TXT\s+(?=")|^\S+\s+descriptive text\s+(?=")/i.exec(content);
        if (rdata) {
            indent += rdata[0].length;
            content = content.slice(rdata[0].length);
        }
        if (content.startsWith('"')) {
            const parsed = parseCharacterStrings(content, { line: index + 1, column: indent + 1, semicolonComments: false });
            if (parsed.unterminatedAt < 0) {
                records.push(parsed.record);
                continue;
            }
        }
        records.push(txtRecordFromValue(line, index + 1, 1));
    }
    return records;
}
function toPosix(file) {
    return file.split(path.sep).join('/');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/adapters/sources/octodns.ts
/**
 * TXT and CNAME records in octoDNS zone files (`<zone>.yaml`). octoDNS
 * writes `;` in TXT values as `\;`, which this reader turns back into `;`
 * while keeping each character's file position.
 */


/** Returns the zone name an octoDNS file is for: its file name without `.yaml`. */
function octodnsZoneName(file) {
    const base = file.split('/').pop() ?? '';
    const match = /^(.+\.[A-Za-z0-9-]+)\.ya?ml$/.exec(base);
    return match ? match[1].toLowerCase() : null;
}
/** Reads the records of one octoDNS zone file. Returns nothing when the file is not shaped like one. */
function readOctodns(text, file, zone) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, keepSourceTokens: false });
    if (document.errors.length > 0 || !(0,dist/* isMap */.jh)(document.contents))
        return [];
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const records = [];
    for (const pair of document.contents.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const name = String(pair.key.value ?? '');
        const owner = name === '' ? absoluteName('@', zone) : absoluteName(name, zone);
        const entries = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : [pair.value];
        for (const entry of entries) {
            if (!(0,dist/* isMap */.jh)(entry))
                continue;
            const type = String(entry.get('type') ?? '').toUpperCase();
            if (type !== 'TXT' && type !== 'CNAME')
                continue;
            const valueNode = (entry.get('values', true) ?? entry.get('value', true));
            const values = (0,dist/* isSeq */.oP)(valueNode) ? valueNode.items : valueNode ? [valueNode] : [];
            for (const value of values) {
                if (!(0,dist/* isScalar */.jn)(value) || !value.range)
                    continue;
                const from = position(value.range[0]);
                const to = position(value.range[1]);
                const span = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
                const base = { format: 'octodns', file, owner: owner.name, relative: owner.relative, type, span, findings: [] };
                if (type === 'CNAME') {
                    records.push({ ...base, target: String(value.value).toLowerCase().replace(/\.$/, '') });
                    continue;
                }
                records.push({ ...base, record: scalarRecord(value, text, position) });
            }
        }
    }
    return records;
}
/** Maps each character of a scalar back to the file, then undoes octoDNS's `\;` escaping. */
function scalarRecord(node, text, position) {
    const [start, valueEnd] = node.range;
    const source = text.slice(start, valueEnd);
    let chars = [];
    if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
        const quote = source[0];
        for (let index = 1; index < source.length - 1; index++) {
            const char = source[index];
            if (quote === "'" && char === "'" && source[index + 1] === "'") {
                chars.push({ char: "'", offset: start + index });
                index++;
            }
            else if (quote === '"' && char === '\\' && index + 1 < source.length - 1) {
                const next = source[index + 1];
                chars.push({ char: next === 'n' ? '\n' : next === 't' ? '\t' : next, offset: start + index });
                index++;
            }
            else {
                chars.push({ char, offset: start + index });
            }
        }
    }
    else {
        chars = [...source].map((char, index) => ({ char, offset: start + index }));
    }
    // The scalar may be folded or a block; positions then no longer match, so use the value as parsed.
    const parsed = String(node.value);
    if (chars.map((entry) => entry.char).join('') !== parsed) {
        chars = [...parsed].map((char) => ({ char, offset: start }));
    }
    let value = '';
    const positions = [];
    for (let index = 0; index < chars.length; index++) {
        const entry = chars[index];
        if (entry.char === '\\' && chars[index + 1]?.char === ';')
            continue;
        value += entry.char;
        positions.push(position(entry.offset));
    }
    positions.push(position(valueEnd));
    return { strings: [value], explicitStrings: false, positions };
}

;// CONCATENATED MODULE: ./src/adapters/sources/index.ts
/**
 * Finds DNS-as-code files in a tree, reads their TXT and CNAME records, and
 * assigns the `_mta-sts` and `_smtp._tls` records to policy domains.
 */








const MENTIONS_RECORDS = /_mta-sts|_smtp\._tls|v=STSv1|v=TLSRPTv1/i;
const ZONE_FILE = /\.(?:zone|db)$|(?:^|\/)db\.[^/]+$|\.zone\.j2$/i;
const TERRAFORM_FILE = /\.tf$|\.tfvars$/;
const DNSCONTROL_ENTRY = /(?:^|\/)dnsconfig\.js$/;
const YAML_FILE = /\.ya?ml$/;
const decoder = new TextDecoder('utf-8');
async function readText(tree, file) {
    const bytes = await tree.read(file);
    return bytes === null ? null : decoder.decode(bytes);
}
/** Returns the zone a master file is for, from names like `example.com.zone`, `db.example.com` or `example.com.db`. */
function zoneNameFromFile(file) {
    const base = external_node_path_default().posix.basename(file).toLowerCase();
    const name = base.replace(/\.zone\.j2$/, '').replace(/\.(zone|db)$/, '').replace(/^db\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name) ? name : null;
}
/** Reads one file in a given format. `name` selects records at one owner when the file has many. */
async function readSourceFile(tree, file, format) {
    const text = await readText(tree, file);
    if (text === null)
        return [];
    switch (format) {
        case 'zone':
            return parseZoneFile(text, file, zoneNameFromFile(file));
        case 'terraform':
            return readTerraform(await readModule(tree, file));
        case 'dnscontrol':
            return readDnscontrolTree(tree, file);
        case 'octodns':
            return readOctodns(text, file, octodnsZoneName(file));
        case 'text':
            return parseRecordText(text).map((record) => ({
                format: 'text',
                file,
                owner: '',
                relative: true,
                type: 'TXT',
                record,
                span: { line: record.positions?.[0]?.line ?? 1, column: 1, endLine: record.positions?.[0]?.line ?? 1, endColumn: 1 },
                findings: [],
            }));
    }
}
/** Reads the `.tf` and `.tfvars` files of the folder that holds `file`: one Terraform module. */
async function readModule(tree, file) {
    const folder = external_node_path_default().posix.dirname(file);
    const siblings = (await tree.list()).filter((candidate) => TERRAFORM_FILE.test(candidate) && external_node_path_default().posix.dirname(candidate) === folder);
    const files = [];
    for (const sibling of siblings.includes(file) ? siblings : [file, ...siblings]) {
        const text = await readText(tree, sibling);
        if (text !== null)
            files.push({ path: sibling, text });
    }
    return files;
}
/** Reads a DNSControl entry file and the files it requires, each once. */
async function readDnscontrolTree(tree, entry) {
    const records = [];
    const seen = new Set();
    const listing = await tree.list();
    const queue = [entry];
    while (queue.length > 0 && seen.size < 200) {
        const file = queue.shift();
        if (seen.has(file))
            continue;
        seen.add(file);
        const text = await readText(tree, file);
        if (text === null)
            continue;
        const parsed = readDnscontrol(text, file);
        records.push(...parsed.records);
        for (const required of parsed.requires) {
            const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), required));
            const matches = listing.filter((candidate) => candidate === target || candidate === `${target}.js` || (candidate.startsWith(`${target}/`) && candidate.endsWith('.js')));
            queue.push(...matches);
        }
    }
    return records;
}
/** Finds and reads every DNS-as-code file in the tree that mentions MTA-STS or TLS-RPT records. */
async function scanSources(tree) {
    const listing = await tree.list();
    const records = [];
    const files = [];
    const modulesRead = new Set();
    const requiredByDnscontrol = new Set();
    for (const file of listing.filter((candidate) => DNSCONTROL_ENTRY.test(candidate))) {
        const found = await readDnscontrolTree(tree, file);
        for (const record of found)
            requiredByDnscontrol.add(record.file);
        keep(found, records, files);
    }
    for (const file of listing) {
        let format;
        if (ZONE_FILE.test(file))
            format = 'zone';
        else if (TERRAFORM_FILE.test(file))
            format = 'terraform';
        else if (YAML_FILE.test(file) && octodnsZoneName(file) !== null && !file.startsWith('.github/'))
            format = 'octodns';
        if (!format)
            continue;
        const text = await readText(tree, file);
        if (text === null || !MENTIONS_RECORDS.test(text))
            continue;
        if (format === 'terraform') {
            const folder = external_node_path_default().posix.dirname(file);
            if (modulesRead.has(folder))
                continue;
            modulesRead.add(folder);
        }
        keep(await readSourceFile(tree, file, format), records, files);
    }
    return { records, files };
}
function keep(found, records, files) {
    for (const record of found) {
        const interesting = ownerKind(record.owner) !== undefined || (record.record !== undefined && /^\s*"?v=(STSv1|TLSRPTv1)/i.test(joinTxt(record.record)));
        if (!interesting)
            continue;
        records.push(record);
        if (!files.includes(record.file))
            files.push(record.file);
    }
}
/**
 * Assigns records to policy domains by owner name. Records whose zone is
 * unknown are assigned only when there is a single policy domain.
 * Returns the assignment per domain and findings that belong to no domain.
 */
function assignRecords(records, domains) {
    const byDomain = new Map();
    const findings = [];
    const exact = new Map();
    const unzoned = [];
    for (const record of records) {
        const kind = ownerKind(record.owner);
        if (!kind) {
            checkMisplaced(record, findings);
            continue;
        }
        if (record.relative || kind.domain === '') {
            unzoned.push(record);
            continue;
        }
        const key = `${kind.kind} ${kind.domain}`;
        exact.set(key, [...(exact.get(key) ?? []), record]);
    }
    const single = domains.length === 1 ? domains[0] : null;
    for (const domain of domains) {
        const assignment = {};
        for (const kind of ['sts', 'tlsrpt']) {
            const prefix = kind === 'sts' ? '_mta-sts' : '_smtp._tls';
            let candidates = exact.get(`${kind} ${domain}`) ?? [];
            let assumed = false;
            if (candidates.length === 0 && single === domain) {
                candidates = unzoned.filter((record) => ownerKind(record.owner)?.kind === kind && ownerKind(record.owner)?.domain === '');
                assumed = candidates.length > 0;
            }
            if (candidates.length === 0)
                continue;
            const set = toRecordSet(candidates, `${prefix}.${domain}`);
            if (assumed) {
                set.sourceFindings.push({
                    ruleId: 'STS323',
                    messageId: 'assumedZone',
                    data: { file: set.file ?? '?', name: prefix, owner: `${prefix}.${domain}`, domain },
                    span: { ...candidates[0].span, file: candidates[0].file },
                });
            }
            assignment[kind] = set;
        }
        byDomain.set(domain, assignment);
    }
    if (single === null) {
        for (const record of unzoned) {
            findings.push({
                file: record.file,
                raw: {
                    ruleId: 'STS323',
                    messageId: 'unassigned',
                    data: { file: record.file, name: record.owner || '?' },
                    span: record.span,
                },
            });
        }
    }
    return { byDomain, findings };
}
/** Builds the record set from the first file that defines the name, and notes the other files. */
function toRecordSet(candidates, owner) {
    const files = [...new Set(candidates.map((record) => record.file))].sort();
    const chosen = files[0];
    const inFile = candidates.filter((record) => record.file === chosen);
    const set = {
        file: chosen,
        label: `\`${chosen}\``,
        records: [],
        explicit: false,
        owner,
        computed: [],
        sourceFindings: [],
    };
    for (const record of inFile) {
        set.sourceFindings.push(...record.findings.map((finding) => (finding.span && finding.span.file === undefined ? { ...finding, span: { ...finding.span, file: record.file } } : finding)));
        if (record.type === 'CNAME' && record.target) {
            set.cname = { target: record.target, span: { ...record.span, file: record.file } };
        }
        else if (record.record) {
            set.records.push(record.record);
        }
        else if (record.computed) {
            set.computed.push({ expression: record.computed, span: { ...record.span, file: record.file } });
        }
    }
    if (files.length > 1) {
        set.sourceFindings.push({
            ruleId: 'STS323',
            messageId: 'several',
            data: { owner, count: files.length, others: files.slice(1).map((file) => `\`${file}\``).join(', '), chosen },
            span: { ...inFile[0].span, file: chosen },
        });
    }
    return set;
}
/** Reports `v=STSv1` and `v=TLSRPTv1` records published at names where nobody looks for them. */
function checkMisplaced(record, findings) {
    if (!record.record || record.relative)
        return;
    const value = joinTxt(record.record).trimStart().replace(/^"/, '');
    if (value.startsWith('v=STSv1')) {
        findings.push({ file: record.file, raw: { ruleId: 'STS325', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_mta-sts.${record.owner}` }, span: record.span } });
    }
    else if (value.startsWith('v=TLSRPTv1')) {
        const domain = record.owner.replace(/^_smtp\._tcp\./, '').replace(/^_tls\./, '');
        findings.push({ file: record.file, raw: { ruleId: 'STS412', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_smtp._tls.${domain}` }, span: record.span } });
    }
}

;// CONCATENATED MODULE: ./src/app/targets.ts
/**
 * Decides what to lint: the policy domains, their policy files and their
 * record sources, from the config file, the command line and the files
 * in a tree. Shared by `check`, the id gate and `bump`.
 */








/** The file shown for findings about policy text read from standard input. */
const STDIN_FILE = '<stdin>';
async function openWorkspace(options) {
    const cwd = external_node_path_default().resolve(options.cwd);
    const config = await (0,config_file/* loadConfig */.Z)(cwd, options.configPath);
    const gitRoot = await findGitRoot(cwd);
    const workspace = { cwd, root: gitRoot ?? cwd, inGit: gitRoot !== null, config };
    if (options.domain !== undefined) {
        const domain = options.domain.toLowerCase().replace(/\.$/, '');
        if (!(0,adapters_workspace/* isDomainName */.an)(domain)) {
            throw new errors/* UsageError */.eb(`--domain \`${options.domain}\` is not a domain name; pass the policy domain, such as \`--domain example.com\``);
        }
        if (domain.startsWith('mta-sts.')) {
            throw new errors/* UsageError */.eb(`--domain \`${options.domain}\` is the policy host; pass the policy domain \`${domain.slice(8)}\``);
        }
        workspace.flagDomain = domain;
    }
    return workspace;
}
/** Converts a path from the command line (relative to the current folder) into a tree path. */
function toTreePath(workspace, given) {
    const relative = external_node_path_default().relative(workspace.root, external_node_path_default().resolve(workspace.cwd, given));
    return relative.split((external_node_path_default()).sep).join('/') || '.';
}
function sourceFromConfig(source, workspace) {
    if ('value' in source) {
        return { kind: 'values', values: Array.isArray(source.value) ? source.value : [source.value], origin: 'config' };
    }
    const file = external_node_path_default().relative(workspace.root, external_node_path_default().resolve(workspace.config.root, source.file)).split((external_node_path_default()).sep).join('/');
    return { kind: 'file', file, format: source.format ?? guessFormat(file), ...(source.name ? { name: source.name.toLowerCase().replace(/\.$/, '') } : {}) };
}
/** Guesses the format of a record file from its name. */
function guessFormat(file) {
    if (/\.(zone|db)$|(^|\/)db\.[^/]+$/i.test(file))
        return 'zone';
    if (/\.tf$|\.tfvars$/.test(file))
        return 'terraform';
    if (/\.js$/.test(file))
        return 'dnscontrol';
    if (/\.ya?ml$/.test(file))
        return 'octodns';
    return 'text';
}
/** Finds the policy files to lint: the given paths, or every `mta-sts.txt` in the tree. */
async function findPolicyFiles(tree, workspace, paths) {
    if (paths.length === 0)
        return (await tree.list()).filter(adapters_workspace/* isPolicyFileName */.yP).sort();
    const found = new Set();
    for (const given of paths) {
        if (given === '-') {
            found.add('-');
            continue;
        }
        const file = toTreePath(workspace, given);
        if (await tree.isFolder(file)) {
            if (file.startsWith('..')) {
                throw new errors/* UsageError */.eb(`\`${given}\` is outside the repository at \`${workspace.root}\`; run the check from inside that folder`);
            }
            for (const candidate of await tree.listUnder(file))
                if ((0,adapters_workspace/* isPolicyFileName */.yP)(candidate))
                    found.add(candidate);
            continue;
        }
        if ((await tree.read(file)) === null) {
            throw new errors/* InputError */.dz(`cannot read \`${given}\`: no such file or folder in ${tree.label}`);
        }
        found.add(file);
    }
    return [...found].sort();
}
/** Builds the list of policy domains to lint in `tree`. */
async function collectTargets(tree, workspace, options) {
    const targets = [];
    const claimed = new Set();
    const config = workspace.config;
    for (const entry of config?.domains ?? []) {
        const target = { domain: entry.domain, origin: 'config' };
        if (entry.policy) {
            target.policy = external_node_path_default().relative(workspace.root, external_node_path_default().resolve(config.root, entry.policy)).split((external_node_path_default()).sep).join('/');
            claimed.add(target.policy);
        }
        if (entry.record)
            target.record = sourceFromConfig(entry.record, workspace);
        if (entry.tlsrpt)
            target.tlsrpt = sourceFromConfig(entry.tlsrpt, workspace);
        // A record file may well be named mta-sts.txt; it is not a policy file.
        for (const source of [target.record, target.tlsrpt]) {
            if (source?.kind === 'file')
                claimed.add(source.file);
        }
        targets.push(target);
    }
    const files = (await findPolicyFiles(tree, workspace, options.paths)).filter((file) => !claimed.has(file));
    const discovered = [];
    for (const file of files) {
        if (file === '-') {
            discovered.push({ domain: null, origin: null, policy: file });
            continue;
        }
        const inferred = await (0,adapters_workspace/* inferDomain */.rK)(tree, file);
        discovered.push({ domain: inferred.domain, origin: inferred.origin, policy: file, ...(inferred.cnameHost ? { cnameHost: inferred.cnameHost } : {}) });
    }
    // A config entry without a policy path takes the file whose inferred domain it names.
    for (const target of targets.filter((candidate) => candidate.policy === undefined)) {
        const index = discovered.findIndex((candidate) => candidate.domain === target.domain);
        if (index >= 0) {
            target.policy = discovered[index].policy;
            discovered.splice(index, 1);
        }
    }
    applyFlagDomain(discovered, workspace.flagDomain);
    targets.push(...discovered);
    attachCommandLineRecords(targets, options, workspace.flagDomain);
    const hasRecordFlags = options.records.length > 0 || options.tlsrpt.length > 0;
    if (targets.length === 0 && !hasRecordFlags) {
        const where = options.paths.length > 0 ? options.paths.map((given) => `\`${given}\``).join(', ') : tree.label;
        throw new errors/* UsageError */.eb(`no MTA-STS policy file (\`mta-sts.txt\`) found in ${where}; pass the policy file's path, list the domain in \`.mta-sts-guard.yml\`, or check records alone with \`--record\`/\`--tlsrpt\``);
    }
    return targets;
}
/**
 * Applies `--domain`: with one policy file it names that file's domain;
 * with several it names only the files whose domain is otherwise unknown,
 * so two files with known, different domains never share one.
 */
function applyFlagDomain(discovered, flagDomain) {
    if (!flagDomain)
        return;
    for (const target of discovered) {
        if (discovered.length === 1 || target.domain === null) {
            target.domain = flagDomain;
            target.origin = 'flag';
            delete target.cnameHost;
        }
    }
}
/** Gives `--record` and `--tlsrpt` values to the one policy domain they can belong to. */
function attachCommandLineRecords(targets, options, flagDomain) {
    if (options.records.length === 0 && options.tlsrpt.length === 0)
        return;
    let target;
    if (flagDomain) {
        target = targets.find((candidate) => candidate.domain === flagDomain);
    }
    else if (targets.length === 1) {
        target = targets[0];
    }
    else if (targets.length > 1) {
        const names = targets.map((candidate) => candidate.domain ?? candidate.policy ?? '?').join(', ');
        throw new errors/* UsageError */.eb(`--record and --tlsrpt apply to one policy domain, but ${targets.length} were found (${names}); add \`--domain NAME\` to choose one`);
    }
    if (!target) {
        target = { domain: flagDomain ?? null, origin: flagDomain ? 'flag' : null };
        targets.push(target);
    }
    if (options.records.length > 0)
        target.record = { kind: 'values', values: options.records, origin: 'command line' };
    if (options.tlsrpt.length > 0)
        target.tlsrpt = { kind: 'values', values: options.tlsrpt, origin: 'command line' };
}
/** Shown as the file of command-line findings, after the flag that set them. */
const COMMAND_LINE_FILE = { sts: '<record>', tlsrpt: '<tlsrpt>' };
/** Reads the records of explicit sources and matches the rest from the DNS-as-code files in the tree. */
class RecordResolver {
    tree;
    domains;
    scan;
    assignment;
    filesRead = new Set();
    constructor(tree, domains) {
        this.tree = tree;
        this.domains = domains;
    }
    /** Findings about records that belong to no policy domain. */
    async orphanFindings() {
        if (!this.scan)
            return [];
        return (await this.assigned()).findings;
    }
    assigned() {
        this.scan ??= scanSources(this.tree);
        this.assignment ??= this.scan.then((scan) => {
            for (const file of scan.files)
                this.filesRead.add(file);
            return assignRecords(scan.records, this.domains);
        });
        return this.assignment;
    }
    async resolve(target, kind) {
        const spec = kind === 'sts' ? target.record : target.tlsrpt;
        if (spec?.kind === 'values')
            return valuesRecordSet(spec, kind);
        if (spec?.kind === 'file')
            return this.readFileSource(spec, kind, target.domain);
        if (!target.domain)
            return undefined;
        return (await this.assigned()).byDomain.get(target.domain)?.[kind];
    }
    async readFileSource(spec, kind, domain) {
        const records = await readSourceFile(this.tree, spec.file, spec.format);
        if (records.length === 0 && (await this.tree.read(spec.file)) === null) {
            throw new errors/* InputError */.dz(`cannot read record file \`${spec.file}\` named in the config: no such file in ${this.tree.label}`);
        }
        this.filesRead.add(spec.file);
        const prefix = kind === 'sts' ? '_mta-sts' : '_smtp._tls';
        const owner = domain ? `${prefix}.${domain}` : prefix;
        const selected = spec.format === 'text' ? records : records.filter((record) => matchesOwner(record, spec.name, kind, domain));
        if (selected.length === 0) {
            return { file: spec.file, label: `\`${spec.file}\``, records: [], explicit: false, owner };
        }
        return toRecordSet(selected, owner);
    }
}
function matchesOwner(record, name, kind, domain) {
    if (name)
        return record.owner === name || (record.relative && name.startsWith(`${record.owner}.`));
    const found = ownerKind(record.owner);
    if (!found || found.kind !== kind)
        return false;
    return found.domain === '' || found.domain === domain || record.relative;
}
function valuesRecordSet(spec, kind) {
    const flag = kind === 'sts' ? '--record' : '--tlsrpt';
    const fromCommandLine = spec.origin === 'command line';
    return {
        file: fromCommandLine ? COMMAND_LINE_FILE[kind] : null,
        label: fromCommandLine ? `the command line (\`${flag}\`)` : 'the config file',
        // The line number tells repeated values apart: the second --record value is line 2.
        records: spec.values.map((value, index) => txtRecordFromValue(value, index + 1)),
        // One value is meant for this name whatever it holds; among several, unrelated TXT data is expected.
        explicit: spec.values.length === 1,
    };
}
/** Reads the policy file and site facts of a target into the core's input. */
async function buildDomainInput(tree, target, resolver, options) {
    const input = { domain: target.domain };
    if (target.policy === '-') {
        if (!options.readStdin)
            throw new errors/* UsageError */.eb('`-` reads a policy from standard input, which is not available here');
        input.policy = { file: STDIN_FILE, bytes: await options.readStdin() };
    }
    else if (target.policy !== undefined) {
        const bytes = await tree.read(target.policy);
        if (bytes === null)
            throw new errors/* InputError */.dz(`cannot read policy file \`${target.policy}\`: no such file in ${tree.label}`);
        input.policy = { file: target.policy, bytes, site: await (0,adapters_workspace/* readSiteFacts */.Lp)(tree, target.policy) };
    }
    const sts = await resolver.resolve(target, 'sts');
    const tlsrpt = await resolver.resolve(target, 'tlsrpt');
    if (sts)
        input.sts = sts;
    if (tlsrpt)
        input.tlsrpt = tlsrpt;
    return input;
}

;// CONCATENATED MODULE: ./src/app/check.ts
/**
 * The `check` job: lint each policy domain of a tree and return one report.
 * Knows the order of operations; does no printing and never exits the
 * process.
 */




async function runCheck(options) {
    const workspace = await openWorkspace(options);
    return lintTree(new WorkTree(workspace.root, workspace.inGit), workspace, options);
}
/** Lints every policy domain found in `tree`. */
async function lintTree(tree, workspace, options) {
    const targets = await collectTargets(tree, workspace, options);
    const settings = workspace.config?.rules ?? new Map();
    const domains = targets.map((target) => target.domain).filter((domain) => domain !== null);
    const resolver = new RecordResolver(tree, [...new Set(domains)]);
    const results = [];
    const summaries = [];
    const policyFiles = new Set();
    for (const target of targets) {
        const input = await buildDomainInput(tree, target, resolver, options);
        if (target.cnameHost)
            input.cnameHost = target.cnameHost;
        if (input.policy)
            policyFiles.add(input.policy.file);
        const result = lintDomain(input, settings);
        results.push(result);
        summaries.push({
            domain: result.domain,
            domainOrigin: target.origin,
            policyFile: result.policyFile,
            mode: result.policy?.mode ?? null,
            maxAge: result.policy?.maxAge ?? null,
            mx: result.policy?.mx ?? [],
            id: result.id,
        });
    }
    const findings = results.flatMap((result) => result.findings);
    for (const orphan of await resolver.orphanFindings()) {
        const finding = toFinding(orphan.raw, null, orphan.file, settings);
        if (finding)
            findings.push(finding);
    }
    findings.sort(compareFindings);
    return {
        findings,
        domains: summaries,
        results,
        targets,
        files: policyFiles.size + resolver.filesRead.size,
        config: workspace.config,
        root: workspace.root,
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * Counts shared by every reporter.
 */
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const finding of findings) {
        if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notices++;
    }
    return counts;
}
/** Tells whether a finding reaches the `--fail-on` level. */
function reachesFailLevel(severity, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'notice')
        return true;
    if (failOn === 'warning')
        return severity !== 'notice';
    return severity === 'error';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/report/meta.ts
/**
 * Tool identity and documentation links used by the reporters.
 */


const TOOL_NAME = 'mta-sts-guard';
const TOOL_VERSION = package_namespaceObject.rE;
const REPOSITORY_URL = 'https://github.com/mta-sts-guard/mta-sts-guard';
/** Links a rule to its entry in docs/rules.md at the released tag, so old reports keep pointing at matching docs. */
function ruleDocsUrl(ruleId) {
    const rule = (0,catalog/* findRule */.Il)(ruleId);
    const anchor = rule ? `${rule.id}-${rule.alias}`.toLowerCase() : ruleId.toLowerCase();
    const ref = `v${TOOL_VERSION}`;
    return `${REPOSITORY_URL}/blob/${ref}/docs/rules.md#${anchor}`;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * JSON output. This shape is a stable contract: fields may be added, never
 * renamed or removed.
 */


function buildJsonReport(findings, domains, files) {
    return {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        findings: findings.map((finding) => ({
            rule: finding.ruleId,
            alias: finding.alias,
            severity: finding.severity,
            message: finding.message,
            messageId: finding.messageId,
            domain: finding.domain,
            file: finding.file,
            line: finding.span?.line ?? null,
            column: finding.span?.column ?? null,
            endLine: finding.span?.endLine ?? null,
            endColumn: finding.span?.endColumn ?? null,
            rfc: finding.rfc,
        })),
        domains: domains.map((domain) => ({
            domain: domain.domain,
            policyFile: domain.policyFile,
            mode: domain.mode,
            maxAge: domain.maxAge,
            mx: domain.mx,
            id: domain.id,
        })),
        summary: { ...countFindings(findings), files },
    };
}
function formatJson(findings, domains, files) {
    return JSON.stringify(buildJsonReport(findings, domains, files), null, 2);
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers.
 */


const LEVELS = { error: 'error', warning: 'warning', notice: 'note' };
function buildSarif(findings) {
    const ruleIndex = new Map(catalog/* RULES */.y0.map((rule, index) => [rule.id, index]));
    const located = findings.filter((finding) => finding.file !== null && !finding.file.startsWith('<'));
    const unlocated = findings.filter((finding) => !located.includes(finding));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: REPOSITORY_URL,
                        rules: catalog/* RULES */.y0.map((rule) => ({
                            id: rule.id,
                            name: rule.alias,
                            shortDescription: { text: rule.title },
                            fullDescription: { text: `${rule.title} (${rule.rfc}).` },
                            helpUri: ruleDocsUrl(rule.id),
                            help: {
                                text: `${rule.title}. See ${ruleDocsUrl(rule.id)}`,
                                markdown: `**${rule.id} ${rule.alias}**: ${rule.title} (${rule.rfc}). [Rule documentation](${ruleDocsUrl(rule.id)})`,
                            },
                            defaultConfiguration: { level: LEVELS[rule.severity] },
                            properties: { tags: ['mta-sts', rule.rfc.startsWith('RFC 8460') ? 'tls-rpt' : 'rfc8461'] },
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                invocations: [
                    {
                        executionSuccessful: true,
                        // Code scanning needs a file for every result, so findings about command-line values are listed here instead.
                        toolExecutionNotifications: unlocated.map((finding) => ({
                            level: LEVELS[finding.severity],
                            message: { text: `${finding.file ?? finding.domain ?? 'input'}: ${finding.message} [${finding.ruleId}]` },
                            descriptor: { id: finding.ruleId },
                        })),
                    },
                ],
                results: located.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: ruleIndex.get(finding.ruleId),
                    level: LEVELS[finding.severity],
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                                region: finding.span
                                    ? {
                                        startLine: finding.span.line,
                                        startColumn: finding.span.column,
                                        endLine: finding.span.endLine,
                                        endColumn: Math.max(finding.span.endColumn, finding.span.line === finding.span.endLine ? finding.span.column + 1 : 1),
                                    }
                                    : { startLine: 1 },
                            },
                        },
                    ],
                    properties: { alias: finding.alias, rfc: finding.rfc, ...(finding.domain ? { domain: finding.domain } : {}) },
                })),
            },
        ],
    };
}
function formatSarif(findings) {
    return JSON.stringify(buildSarif(findings), null, 2);
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * Terminal output: `path:line:col: severity: message [STS101 alias]`,
 * grouped by file, then one summary line.
 */

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';
/** Removes terminal control characters from untrusted text so a policy cannot rewrite the screen. */
function clean(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function formatText(findings, options) {
    const paint = (code, text) => (options.color ? `${code}${text}${RESET}` : text);
    const shown = options.quiet ? findings.filter((finding) => reachesFailLevel(finding.severity, options.failOn === 'never' ? 'error' : options.failOn)) : findings;
    const lines = [];
    let previousFile;
    for (const finding of shown) {
        if (previousFile !== undefined && finding.file !== previousFile)
            lines.push('');
        previousFile = finding.file;
        const place = [finding.file === null ? `<${finding.domain ?? 'input'}>` : (options.displayPath?.(finding.file) ?? finding.file)];
        if (finding.span)
            place.push(String(finding.span.line), String(finding.span.column));
        const location = paint(BOLD, clean(place.join(':')));
        const severity = paint(COLORS[finding.severity], finding.severity);
        const rule = paint(DIM, `[${finding.ruleId} ${finding.alias}]`);
        lines.push(`${location}: ${severity}: ${clean(finding.message)} ${rule}`);
    }
    const counts = countFindings(findings);
    if (options.quiet && shown.length === 0)
        return lines.join('\n');
    if (lines.length > 0)
        lines.push('');
    const scope = `${plural(options.files, 'file')}, ${plural(options.domains, 'domain')}`;
    if (counts.errors + counts.warnings + counts.notices === 0) {
        lines.push(`no problems found (${scope})`);
    }
    else {
        lines.push(`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} (${scope})`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command-line interface. `main` parses arguments, runs one command and
 * resolves to the exit status; all I/O goes through `CliIo` so tests can
 * run it in-process.
 */












/** Exit statuses, as documented in the README. */
const EXIT = { ok: 0, findings: 1, error: 2 };
const HELP = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [PATH...]     Lint MTA-STS policy files and _mta-sts / _smtp._tls records.
                      PATH is a policy file or a folder to search for mta-sts.txt
                      (default: the current folder).

Run '${TOOL_NAME} <command> --help' for the options of a command.
Exit status: 0 nothing at the fail level, 1 findings at the fail level, 2 usage,
config or internal error.
`;
const CHECK_HELP = `Usage: ${TOOL_NAME} check [PATH...] [options]

Lints each policy file found under PATH (default: the current folder) and
the records of its policy domain.

Options:
  --format text|json|sarif   Output format (default: text).
  --output FILE              Write the report to FILE instead of standard output.
  --fail-on error|warning|never
                             Lowest severity that makes the exit status 1
                             (default: error, or fail-on in the config file).
  --config FILE              Config file (default: .mta-sts-guard.yml if present).
  --domain NAME              Policy domain of the policy files found.
  --record VALUE             The _mta-sts TXT record value, such as
                             'v=STSv1; id=20240501120000'. Repeat for several
                             records at the same name.
  --tlsrpt VALUE             The _smtp._tls TXT record value, such as
                             'v=TLSRPTv1; rua=mailto:tlsrpt@example.com'.
  --quiet                    Print only findings at the fail level.
  --no-color                 Never color the output (also: NO_COLOR=1).
  --debug                    Print stack traces for internal errors.
  -h, --help                 Show this help.
  -v, --version              Print the version.
`;
const FORMATS = ['text', 'json', 'sarif'];
const FAIL_LEVELS = ['error', 'warning', 'never'];
async function main(argv, io) {
    const debug = argv.includes('--debug');
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        return reportError(error, io, debug);
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        io.stdout.write(HELP);
        return command === undefined ? EXIT.error : EXIT.ok;
    }
    if (command === '-v' || command === '--version') {
        io.stdout.write(`${TOOL_VERSION}\n`);
        return EXIT.ok;
    }
    if (command === 'check')
        return runCheckCommand(rest, io);
    const hint = command.startsWith('-') || command.includes('/') || command.endsWith('.txt') ? `; did you mean \`${TOOL_NAME} check ${command}\`?` : '';
    throw new errors/* UsageError */.eb(`unknown command \`${command}\`${hint} (run \`${TOOL_NAME} --help\`)`);
}
const CHECK_FLAGS = ['format', 'output', 'fail-on', 'config', 'domain', 'record', 'tlsrpt', 'quiet', 'no-color', 'debug', 'help', 'version'];
function parseCommandLine(args) {
    try {
        return parseCheckArgs(args);
    }
    catch (error) {
        const code = error.code;
        const flag = /'(-[^']*)'/.exec(error.message)?.[1];
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
            const name = flag.replace(/^-+/, '').split('=')[0];
            const near = CHECK_FLAGS.find((candidate) => (0,core_text/* editDistance */.YC)(name, candidate) <= 2);
            throw new errors/* UsageError */.eb(`unknown option \`${flag}\`${near ? `; did you mean \`--${near}\`?` : ''} (run \`${TOOL_NAME} check --help\`)`, { cause: error });
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
            throw new errors/* UsageError */.eb(`option \`${flag}\` needs a value (run \`${TOOL_NAME} check --help\`)`, { cause: error });
        }
        throw new errors/* UsageError */.eb(`${error.message.replace(/^TypeError \[[A-Z_]+\]: /, '')} (run \`${TOOL_NAME} check --help\`)`, { cause: error });
    }
}
function parseCheckArgs(args) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            output: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            domain: { type: 'string' },
            record: { type: 'string', multiple: true },
            tlsrpt: { type: 'string', multiple: true },
            quiet: { type: 'boolean' },
            color: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            debug: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' },
        },
    });
}
async function runCheckCommand(args, io) {
    const { values, positionals } = parseCommandLine(args);
    if (values.help) {
        io.stdout.write(CHECK_HELP);
        return EXIT.ok;
    }
    if (values.version) {
        io.stdout.write(`${TOOL_VERSION}\n`);
        return EXIT.ok;
    }
    const format = oneOf('--format', values.format ?? 'text', FORMATS);
    const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_LEVELS);
    const outputFile = values.output === undefined ? undefined : external_node_path_default().resolve(io.cwd, values.output);
    if (outputFile)
        await checkOutputPath(outputFile, values.output, positionals.map((given) => external_node_path_default().resolve(io.cwd, given)));
    const report = await runCheck({
        cwd: io.cwd,
        paths: positionals,
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        ...(values.config === undefined ? {} : { configPath: values.config }),
        ...(values.domain === undefined ? {} : { domain: values.domain }),
        records: values.record ?? [],
        tlsrpt: values.tlsrpt ?? [],
    });
    const failOn = failOnFlag ?? report.config?.failOn ?? 'error';
    const color = !values['no-color'] && !values.output && format === 'text' && wantsColor(io);
    const output = render(report, format, { color, quiet: values.quiet === true, failOn, cwd: io.cwd });
    if (outputFile) {
        await writeAtomically(outputFile, values.output, `${output}\n`);
    }
    else if (output.length > 0) {
        io.stdout.write(`${output}\n`);
    }
    const failed = report.findings.some((finding) => reachesFailLevel(finding.severity, failOn));
    return failed ? EXIT.findings : EXIT.ok;
}
function render(report, format, options) {
    if (format === 'json')
        return formatJson(report.findings, report.domains, report.files);
    if (format === 'sarif')
        return formatSarif(report.findings);
    // Terminal users open paths from where they are, so text output is relative to the current folder.
    const displayPath = (file) => {
        if (file.startsWith('<'))
            return file;
        const absolute = external_node_path_default().resolve(report.root, file);
        const relative = external_node_path_default().relative(options.cwd, absolute);
        return relative.startsWith(`..${(external_node_path_default()).sep}..${(external_node_path_default()).sep}`) ? absolute : relative || file;
    };
    return formatText(report.findings, { ...options, files: report.files, domains: report.domains.length, displayPath });
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb(`${flag} \`${value}\` is invalid; expected one of ${allowed.join(', ')}`);
}
function wantsColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
/** Rejects an --output path that is a folder, lies in a missing folder, or is one of the inputs. */
async function checkOutputPath(file, given, inputs) {
    if (inputs.includes(file)) {
        throw new errors/* UsageError */.eb(`--output \`${given}\` is one of the files being checked; write the report to another file`);
    }
    const info = await (0,promises_.stat)(file).catch(() => null);
    if (info?.isDirectory())
        throw new errors/* UsageError */.eb(`--output \`${given}\` is a folder; name a file`);
    const folder = await (0,promises_.stat)(external_node_path_default().dirname(file)).catch(() => null);
    if (!folder?.isDirectory())
        throw new errors/* UsageError */.eb(`--output \`${given}\`: the folder \`${external_node_path_default().dirname(given)}\` does not exist`);
}
/** Writes through a temporary file and a rename, so a reader never sees half a report. */
async function writeAtomically(file, given, text) {
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, text);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw new errors/* GuardError */.U$(`cannot write --output \`${given}\`: ${(0,adapters_workspace/* describeFsError */.TQ)(error)}`, 'OUTPUT_UNWRITABLE', { cause: error });
    }
}
function reportError(error, io, debug) {
    if (error instanceof errors/* GuardError */.U$) {
        io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
    }
    else {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`${TOOL_NAME}: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
    }
    if (debug && error instanceof Error && error.stack)
        io.stderr.write(`${error.stack}\n`);
    return EXIT.error;
}


/***/ }),

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ findRule),
/* harmony export */   e4: () => (/* binding */ renderMessage),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/**
 * Every rule mta-sts-guard reports, with its stable id, alias, default
 * severity, RFC section and message templates. Ids are never reused: a
 * retired rule stays here as a comment.
 *
 * Ranges: STS0xx the tool's own notices, STS1xx policy file syntax, STS2xx
 * policy field values, STS3xx the `_mta-sts` record, STS4xx the
 * `_smtp._tls` (TLS-RPT) record.
 *
 * Message templates name values as `{name}` and are rendered by `renderMessage`.
 */
const TOKEN_MESSAGES = {
    emptyField: 'empty field between two `;` delimiters; remove one `;`',
    trailingSpace: 'whitespace after the last field with no `;` after it; remove the trailing whitespace or end the record with `;`',
    missingSemicolon: 'fields must be separated by `;`, found `{text}` after whitespace; insert `; ` before it',
    spaceInValue: 'field values cannot contain spaces, found `{text}` after whitespace; remove the space or separate fields with `;`',
    noEquals: '`{text}` is not a `name=value` field; write it as `name=value` or remove it',
    badName: 'field name `{text}` is invalid: a name is 1 to 32 letters, digits, `_`, `-` or `.` and starts with a letter or digit',
    emptyValue: 'field `{text}` has an empty value; give it a value or remove the field',
    badValueChar: 'field value `{text}` contains {char}, which values cannot hold (no space, `=`, `;` or control characters); remove it',
};
const VERSION_MESSAGES = {
    suffix: 'the record starts with `{token}`, not the exact version token followed by `;`; senders ignore it',
    escapedSemicolon: 'the record contains `\\;`, a zone-file escape that reached the published data; write a plain `;` in this value',
    empty: 'the record is empty; publish `{version}; ...`',
    leadingSpace: 'the record starts with whitespace, so it does not begin with `{version}` and senders ignore it; remove the leading whitespace',
    case: 'version token `{token}` must be exactly `{version}` (case-sensitive); senders ignore this record',
    otherKind: 'this is a `{other}` record, not a `{version}` record; move it to the right name',
    missing: 'the record does not start with `{version}`, found `{value}`; senders ignore it',
    notFirst: '`{version}` must be the first field, but the record starts with `{first}`; move `{version}` to the front',
};
const RULES = [
    // STS0xx: what the tool itself needs to tell.
    {
        id: 'STS001',
        alias: 'domain-unknown',
        severity: 'notice',
        title: 'The policy domain of a policy file is unknown',
        rfc: 'RFC 8461 §3.2',
        messages: {
            unknown: 'policy domain unknown for `{file}`, so checks that need it were skipped; name it with `--domain`, a `domains` entry in `.mta-sts-guard.yml`, a sibling `CNAME` file or a folder named `mta-sts.<domain>`',
            cnameNotPolicyHost: 'the `CNAME` file names `{host}`, but senders fetch the policy only from `mta-sts.<policy domain>`; serve this site as `mta-sts.<domain>`, or name the domain with `--domain` if another host serves the policy',
        },
    },
    {
        id: 'STS002',
        alias: 'served-after-processing',
        severity: 'notice',
        title: 'The file is processed by a static-site generator before it is served',
        rfc: 'RFC 8461 §3.2',
        messages: {
            jekyll: 'Jekyll removes the front matter (lines 1-{lines}) before serving this file; linted the served body that starts at line {firstLine}. If this file is served as is, the `---` lines break the policy',
        },
    },
    {
        id: 'STS003',
        alias: 'records-not-checked',
        severity: 'notice',
        title: 'No record source is known for a policy domain',
        rfc: 'RFC 8461 §3.1',
        messages: {
            noSource: 'the `_mta-sts` and `_smtp._tls` records of `{domain}` were not checked because no source for them was found; pass `--record` and `--tlsrpt`, or name their sources in `.mta-sts-guard.yml`',
            noTlsrpt: 'the `_smtp._tls` record of `{domain}` was not checked because no source for it was found; pass `--tlsrpt` or name its source in `.mta-sts-guard.yml`',
            noSts: 'the `_mta-sts` record of `{domain}` was not checked because no source for it was found; pass `--record` or name its source in `.mta-sts-guard.yml`',
        },
    },
    {
        id: 'STS004',
        alias: 'policy-template',
        severity: 'notice',
        title: 'The policy file is a template',
        rfc: 'RFC 8461 §3.2',
        messages: {
            template: 'this file contains template syntax `{token}`, so it is not the body senders receive; lint the rendered file, or exclude this one with an explicit path list',
        },
    },
    {
        id: 'STS005',
        alias: 'jekyll-skips-dot-folder',
        severity: 'warning',
        title: 'Jekyll does not publish the `.well-known` folder',
        rfc: 'RFC 8461 §3.3',
        messages: {
            excludedConfig: '`_config.yml` does not list `{folder}` under `include`, and Jekyll skips folders that start with a dot, so the policy URL returns 404; add `include: ["{folder}"]` to `_config.yml`, or an empty `.nojekyll` file to the site root',
            excludedPages: 'GitHub Pages builds this site with Jekyll by default (it has a `CNAME` file and no `.nojekyll`), and Jekyll skips folders that start with a dot, so the policy URL returns 404; add an empty `.nojekyll` file to the site root. If an Actions workflow deploys the site without Jekyll, turn this rule off',
        },
    },
    // STS1xx: the policy file as bytes and lines (RFC 8461 §3.2 `sts-policy-record`).
    {
        id: 'STS101',
        alias: 'policy-empty',
        severity: 'error',
        title: 'The policy file is empty',
        rfc: 'RFC 8461 §3.2',
        messages: {
            empty: 'the policy file is empty; write at least `version: STSv1`, `mode`, `mx` and `max_age` lines',
            onlyBlank: 'the policy file contains only whitespace and line breaks; write at least `version: STSv1`, `mode`, `mx` and `max_age` lines',
        },
    },
    {
        id: 'STS102',
        alias: 'policy-too-large',
        severity: 'error',
        title: 'The policy file is larger than 64 KiB',
        rfc: 'RFC 8461 §3.3',
        messages: {
            tooLarge: 'the policy file is {size} bytes, over the {limit}-byte limit that senders read; it was not parsed further. Real policies are under 1 KiB',
        },
    },
    {
        id: 'STS103',
        alias: 'policy-over-10kib',
        severity: 'notice',
        title: 'The policy file is larger than 10 KiB',
        rfc: 'RFC 8461 §3.3',
        messages: {
            large: 'the policy file is {size} bytes; some senders read only the first 10 KiB, so keep it short',
        },
    },
    {
        id: 'STS104',
        alias: 'invalid-utf8',
        severity: 'error',
        title: 'The policy file is not valid UTF-8',
        rfc: 'RFC 8461 §3.2',
        messages: {
            invalidUtf8: 'invalid UTF-8 byte {byte}; save the file as UTF-8 (registered fields must be ASCII)',
            invalidUtf8Many: 'invalid UTF-8 byte {byte}, one of {count} on this line; save the file as UTF-8 (registered fields must be ASCII)',
            invalidUtf8Rest: '{count} more invalid UTF-8 bytes on later lines; is this a text file? Save it as UTF-8',
        },
    },
    {
        id: 'STS105',
        alias: 'control-character',
        severity: 'error',
        title: 'The policy file contains a control character',
        rfc: 'RFC 8461 §3.2',
        messages: {
            control: 'line contains {char}, which the policy grammar does not allow; remove it',
            tabInValue: 'the value of `{name}` has a TAB inside it, which extension values do not allow; replace it with a space',
        },
    },
    {
        id: 'STS106',
        alias: 'non-ascii',
        severity: 'error',
        title: 'A registered field contains non-ASCII text',
        rfc: 'RFC 8461 §3.2',
        messages: {
            nonAscii: 'the `{name}` line contains {char}; registered fields are ASCII only, so retype it in plain ASCII',
        },
    },
    {
        id: 'STS107',
        alias: 'byte-order-mark',
        severity: 'error',
        title: 'The policy file starts with a byte order mark',
        rfc: 'RFC 8461 §3.2',
        messages: {
            bom: 'the file starts with a UTF-8 byte order mark (EF BB BF), so strict senders read the first field name as `\\uFEFFversion` and find no version; save the file without a BOM',
        },
    },
    {
        id: 'STS108',
        alias: 'bare-cr',
        severity: 'error',
        title: 'A line ends with a bare CR',
        rfc: 'RFC 8461 §3.2',
        messages: {
            bareCr: 'line ends with a bare CR ({count} in this file), which is not a line terminator; end lines with LF or CRLF',
        },
    },
    {
        id: 'STS109',
        alias: 'mixed-line-endings',
        severity: 'notice',
        title: 'The policy file mixes LF and CRLF line endings',
        rfc: 'RFC 8461 §3.2',
        messages: {
            mixed: 'the file mixes LF ({lf} lines) and CRLF ({crlf} lines) endings; both are valid, but one style keeps diffs clean',
        },
    },
    {
        id: 'STS110',
        alias: 'blank-line',
        severity: 'error',
        title: 'The policy file contains a blank line',
        rfc: 'RFC 8461 §3.2',
        messages: {
            blank: 'blank line; the policy grammar allows no empty lines, so strict senders reject the policy. Remove it',
            whitespace: 'line holds only whitespace; the policy grammar allows no empty lines, so strict senders reject the policy. Remove it',
            trailing: 'the file ends with blank lines; the grammar allows one final line break only, so strict senders reject the policy. Remove the extra line breaks',
        },
    },
    {
        id: 'STS111',
        alias: 'comment-line',
        severity: 'error',
        title: 'The policy file contains a comment line',
        rfc: 'RFC 8461 §3.2',
        messages: {
            comment: 'the policy format has no comments, so `{text}` makes strict senders reject the policy; remove the line',
        },
    },
    {
        id: 'STS112',
        alias: 'leading-whitespace',
        severity: 'error',
        title: 'A line starts with whitespace',
        rfc: 'RFC 8461 §3.2',
        messages: {
            indent: 'line starts with whitespace before `{text}`; field names must start at column 1, so remove the indentation',
        },
    },
    {
        id: 'STS113',
        alias: 'malformed-line',
        severity: 'error',
        title: 'A line is not a `name: value` field',
        rfc: 'RFC 8461 §3.2',
        messages: {
            spaceBeforeColon: 'whitespace between `{name}` and `:` in `{text}`; write `{name}:` with the colon right after the name',
            recordInPolicy: '`{text}` is the `_mta-sts` TXT record, not a policy line; publish it in DNS and remove it from the policy file',
            equalsInsteadOfColon: '`{text}` uses `=`, but policy fields are `name: value`; write `{fixed}`',
            frontMatterFence: '`{text}` is not a field; if this is front matter, the site generator must remove it before serving, otherwise delete it',
            noColon: '`{text}` is not a `name: value` field; add the missing `:` or remove the line',
            emptyName: 'line starts with `:`; write a field name before it',
            nameTooLong: 'field name `{name}` has {length} characters, more than the 32 the grammar allows; shorten it',
            badNameChar: 'field name `{name}` contains {char}; names are letters, digits, `_`, `-` and `.`, starting with a letter or digit',
            emptyValue: 'field `{name}` has no value; give it a value or remove the line',
        },
    },
    {
        id: 'STS114',
        alias: 'misspelled-field',
        severity: 'error',
        title: 'A field name is a near miss of a registered field',
        rfc: 'RFC 8461 §3.2',
        messages: {
            nearMiss: '`{name}` is not a registered field, so senders ignore this line and the policy has no `{target}` (names are case-sensitive); did you mean `{target}: {value}`?',
            nearMissPresent: '`{name}` looks like a misspelling of `{target}`; senders ignore it as an unknown field. Remove it or spell it `{target}`',
        },
    },
    {
        id: 'STS115',
        alias: 'duplicate-field',
        severity: 'error',
        title: 'A field other than `mx` appears more than once',
        rfc: 'RFC 8461 §3.2',
        messages: {
            registered: 'second `{name}` line (`{value}`); the RFC says senders use only the first (`{firstValue}` on line {firstLine}), but some use the last, so senders would disagree. Keep one `{name}` line',
            extension: 'second `{name}` line (`{value}`); senders use only the first (`{firstValue}` on line {firstLine}). Keep one',
            repeated: '`{name}: {value}` repeats line {firstLine}; some senders reject a policy with a repeated field, so remove the copy',
        },
    },
    {
        id: 'STS116',
        alias: 'unknown-field',
        severity: 'notice',
        title: 'The policy has a field that is not registered',
        rfc: 'RFC 8461 §3.2, §9.3',
        messages: {
            unknown: 'unknown field `{name}`; senders ignore it (the registered fields are version, mode, mx and max_age)',
            recordKey: '`{name}` belongs in a DNS TXT record, not in the policy file; senders ignore it here, so move it to the record',
        },
    },
    {
        id: 'STS117',
        alias: 'field-order',
        severity: 'notice',
        title: 'Fields are not in the usual order',
        rfc: 'RFC 8461 §3.2',
        messages: {
            order: '`{name}` comes after a field that usually follows it; any order is valid, but version, mode, mx, max_age (the order of the RFC 8461 §3.2 example) keeps diffs small',
        },
    },
    // STS2xx: policy field values and what senders will do with them.
    {
        id: 'STS201',
        alias: 'version-missing',
        severity: 'error',
        title: 'The policy has no `version` field',
        rfc: 'RFC 8461 §3.2',
        messages: {
            missing: 'no `version` field, so senders reject the policy; add `version: STSv1` as the first line',
        },
    },
    {
        id: 'STS202',
        alias: 'version-invalid',
        severity: 'error',
        title: 'The `version` value is not `STSv1`',
        rfc: 'RFC 8461 §3.2',
        messages: {
            invalid: 'version value `{value}` is not `STSv1`; write `version: STSv1`',
            empty: '`version` has no value; write `version: STSv1`',
            case: 'version value `{value}` must be exactly `STSv1` (values are case-sensitive); write `version: STSv1`',
            quoted: 'version value `{value}` has quotes; write `version: STSv1` without them',
            trailing: 'version value `{value}` has text after `STSv1`; write `version: STSv1`',
        },
    },
    {
        id: 'STS203',
        alias: 'mode-missing',
        severity: 'error',
        title: 'The policy has no `mode` field',
        rfc: 'RFC 8461 §3.2, §5',
        messages: {
            missing: 'no `mode` field, so senders reject the policy; add `mode: testing` (or `enforce` once reports are clean)',
        },
    },
    {
        id: 'STS204',
        alias: 'mode-invalid',
        severity: 'error',
        title: 'The `mode` value is not testing, enforce or none',
        rfc: 'RFC 8461 §3.2, §5',
        messages: {
            empty: '`mode` has no value; write `mode: testing`, `mode: enforce` or `mode: none`',
            case: 'mode value `{value}` is not one of testing, enforce, none (values are case-sensitive); write `mode: {fixed}`',
            comment: 'mode value `{value}` carries a comment, and the policy format has none, so senders see no valid mode; write `mode: {fixed}`',
            trailing: 'mode value `{value}` has text after the mode; write `mode: {fixed}`',
            placeholder: 'mode value `{value}` is a template placeholder; replace it with testing, enforce or none',
            placeholderComment: 'mode value `{value}` is a template placeholder followed by a comment, and the policy format has no comments; write `mode: testing`, `mode: enforce` or `mode: none`',
            draft: 'mode value `{value}` comes from a draft of the RFC; use `mode: enforce` or `mode: testing`',
            didYouMean: 'mode value `{value}` is not one of testing, enforce, none; did you mean `mode: {fixed}`?',
            invalid: 'mode value `{value}` is not one of testing, enforce, none; write one of them',
        },
    },
    {
        id: 'STS205',
        alias: 'max-age-missing',
        severity: 'error',
        title: 'The policy has no `max_age` field',
        rfc: 'RFC 8461 §3.2',
        messages: {
            missing: 'no `max_age` field, so senders reject the policy; add `max_age: 604800` (one week, in seconds)',
        },
    },
    {
        id: 'STS206',
        alias: 'max-age-invalid',
        severity: 'error',
        title: 'The `max_age` value is not 1 to 10 digits',
        rfc: 'RFC 8461 §3.2',
        messages: {
            empty: '`max_age` has no value; write the cache lifetime in seconds, such as `max_age: 604800`',
            tooManyDigits: 'max_age value `{value}` has {digits} digits, more than the 10 the grammar allows; use at most 31557600',
            comment: 'max_age value `{value}` carries a comment, and the policy format has none; write `max_age: {fixed}`',
            unit: 'max_age value `{value}` has a unit; the value is plain seconds, so write `max_age: {fixed}`',
            notDigits: 'max_age value `{value}` must be plain digits; write `max_age: {fixed}`',
            negative: 'max_age value `{value}` is negative; write a number of seconds from 0 to 31557600',
            invalid: 'max_age value `{value}` is not a number of seconds; write digits only, such as `max_age: 604800`',
        },
    },
    {
        id: 'STS207',
        alias: 'max-age-too-large',
        severity: 'error',
        title: 'The `max_age` value is above 31557600',
        rfc: 'RFC 8461 §3.2',
        messages: {
            tooLarge: 'max_age value `{value}` ({days} days) is above the maximum of 31557600 (365.25 days), and several senders reject the policy; write `max_age: 31557600` or less',
        },
    },
    {
        id: 'STS208',
        alias: 'max-age-leading-zero',
        severity: 'notice',
        title: 'The `max_age` value has leading zeros',
        rfc: 'RFC 8461 §3.2',
        messages: {
            leadingZero: 'max_age value `{value}` has leading zeros; it is valid, but write `max_age: {fixed}`',
        },
    },
    {
        id: 'STS209',
        alias: 'mx-missing',
        severity: 'error',
        title: 'A testing or enforce policy has no `mx` field',
        rfc: 'RFC 8461 §3.2',
        messages: {
            missing: 'mode `{mode}` needs at least one `mx` line, and there is none; add one `mx: <pattern>` line per MX host or wildcard',
        },
    },
    {
        id: 'STS210',
        alias: 'mx-missing-in-none',
        severity: 'notice',
        title: 'A `none` policy has no `mx` field',
        rfc: 'RFC 8461 §3.2, §8.3',
        messages: {
            none: 'mode `none` may omit `mx`, but some older senders reject a policy without one; keep one `mx` line for them',
        },
    },
    {
        id: 'STS211',
        alias: 'mx-list',
        severity: 'error',
        title: 'An `mx` line holds more than one pattern',
        rfc: 'RFC 8461 §3.2',
        messages: {
            list: 'mx value `{value}` contains several patterns; each needs its own line: `{lines}`',
        },
    },
    {
        id: 'STS212',
        alias: 'mx-u-label',
        severity: 'error',
        title: 'An mx pattern contains non-ASCII characters',
        rfc: 'RFC 8461 §3.2, §4.1',
        messages: {
            withALabel: 'mx pattern `{value}` contains non-ASCII characters; internationalized names must be written as A-labels: `mx: {aLabel}`',
            plain: 'mx pattern `{value}` contains non-ASCII characters; write the host name in ASCII (A-labels for internationalized names)',
        },
    },
    {
        id: 'STS213',
        alias: 'mx-bad-punycode',
        severity: 'warning',
        title: 'An `xn--` label in an mx pattern is not valid Punycode',
        rfc: 'RFC 8461 §3.2',
        messages: {
            badPunycode: 'label `{label}` in mx pattern `{value}` is not a valid IDNA A-label; check the spelling against the MX record',
        },
    },
    {
        id: 'STS214',
        alias: 'mx-pattern-invalid',
        severity: 'error',
        title: 'An mx pattern is not a host name or `*.` wildcard',
        rfc: 'RFC 8461 §3.2, §4.1',
        messages: {
            empty: '`mx` has no value; write an MX host name such as `mx: mail.example.com`',
            comment: 'mx value `{value}` carries a comment, and the policy format has none, so the pattern never matches; write `mx: {fixed}`',
            commentOnly: 'mx value `{value}` carries a comment, and the policy format has none, so the pattern never matches; remove the comment',
            placeholder: 'mx value `{value}` is a template placeholder; lint the rendered file, where it is a host name',
            addressLiteral: 'mx pattern `{value}` is an address literal; patterns match MX host names, so write the host name',
            port: 'mx pattern `{value}` has a port; patterns match host names only, so write `mx: {host}`',
            wildcardOnly: 'mx pattern `{value}` has no domain; a wildcard covers one label in front of a domain, such as `*.example.com`',
            trailingDot: 'mx pattern `{value}` ends with a dot, which the grammar does not allow and strict senders reject; write `mx: {fixed}`',
            leadingDot: 'mx pattern `{value}` starts with a dot (old draft syntax); write `mx: {fixed}`',
            multiWildcard: 'mx pattern `{value}` has more than one `*`; only `*.` at the start is allowed, and it covers one label',
            partialWildcard: 'mx pattern `{value}` has a `*` that is not a whole label; write `*.` followed by a domain',
            innerWildcard: 'mx pattern `{value}` has a `*` that is not at the start; only the left-most label can be `*`',
            nameTooLong: 'mx pattern `{value}` is {length} characters long, more than the 253 a host name may have',
            emptyLabel: 'mx pattern `{value}` has an empty label (two dots in a row); remove the extra dot',
            underscore: 'mx pattern `{value}` contains `_` in label `{label}`; host names allow letters, digits and `-` only. Is this a placeholder?',
            badChar: 'mx pattern `{value}` contains `{char}` in label `{label}`; host names allow letters, digits and `-` only',
            hyphen: 'label `{label}` in mx pattern `{value}` starts or ends with `-`, which host names do not allow',
            labelTooLong: 'label `{label}` in mx pattern `{value}` has {length} characters, more than the 63 a DNS label may have',
        },
    },
    {
        id: 'STS215',
        alias: 'mx-ip-address',
        severity: 'warning',
        title: 'An mx pattern is an IP address',
        rfc: 'RFC 8461 §4.1',
        messages: {
            ipv4: 'mx pattern `{value}` is an IP address, but patterns are matched against MX host names and never match it; write the MX host name',
        },
    },
    {
        id: 'STS216',
        alias: 'mx-duplicate',
        severity: 'notice',
        title: 'The same mx pattern appears twice',
        rfc: 'RFC 8461 §3.2',
        messages: {
            duplicate: 'mx pattern `{value}` repeats line {firstLine} (patterns compare case-insensitively); remove the duplicate',
        },
    },
    {
        id: 'STS217',
        alias: 'mx-uppercase',
        severity: 'notice',
        title: 'An mx pattern contains uppercase letters',
        rfc: 'RFC 8461 §4.1',
        messages: {
            uppercase: 'mx pattern `{value}` has uppercase letters; matching ignores case, but write `mx: {lower}` for clarity',
        },
    },
    {
        id: 'STS218',
        alias: 'mx-wildcard-policy-domain',
        severity: 'warning',
        title: 'A wildcard mx pattern covers every host of the policy domain',
        rfc: 'RFC 8461 §10.4',
        messages: {
            loose: 'mx pattern `{value}` accepts any host directly under `{domain}` that has a trusted certificate as an MX; list the MX hosts by name or use a dedicated zone such as `*.mx.{domain}`',
        },
    },
    {
        id: 'STS219',
        alias: 'max-age-short',
        severity: 'warning',
        title: 'The `max_age` value is shorter than one week',
        rfc: 'RFC 8461 §3.2, §10.2',
        messages: {
            enforce: 'max_age `{value}` ({duration}) is short for an enforce policy: a downgrade attacker only has to wait until caches expire. Use at least 604800 (one week), and several weeks once the rollout is stable',
            testing: 'max_age `{value}` ({duration}) is shorter than one week; fine while testing, but raise it to weeks when you move to enforce',
        },
    },
    {
        id: 'STS220',
        alias: 'max-age-zero',
        severity: 'warning',
        title: 'The `max_age` value is 0',
        rfc: 'RFC 8461 §3.2, §10.2',
        messages: {
            zero: 'max_age `0` stops senders from caching the policy, which removes the protection MTA-STS gives, and some senders reject it; use at least 86400',
        },
    },
    {
        id: 'STS221',
        alias: 'none-max-age-long',
        severity: 'notice',
        title: 'A `none` policy has a long `max_age`',
        rfc: 'RFC 8461 §8.3',
        messages: {
            long: 'mode `none` with max_age `{value}` ({duration}); when withdrawing MTA-STS, a short max_age such as 86400 lets you remove the policy sooner',
        },
    },
    {
        id: 'STS222',
        alias: 'testing-without-tlsrpt',
        severity: 'warning',
        title: 'A testing policy has no TLS-RPT record',
        rfc: 'RFC 8461 §5; RFC 8460 §3',
        messages: {
            missing: 'mode `testing` reports failures only through TLS-RPT, and `{domain}` has no `_smtp._tls` record in {source}; publish `v=TLSRPTv1; rua=mailto:<address>`',
        },
    },
    {
        id: 'STS223',
        alias: 'enforce-without-tlsrpt',
        severity: 'notice',
        title: 'An enforce policy has no TLS-RPT record',
        rfc: 'RFC 8461 §5; RFC 8460 §3',
        messages: {
            missing: '`{domain}` enforces MTA-STS but has no `_smtp._tls` record in {source}, so nobody hears about deferred mail; publish `v=TLSRPTv1; rua=mailto:<address>`',
        },
    },
    // STS3xx: the `_mta-sts` TXT record (RFC 8461 §3.1) and TXT data in general.
    {
        id: 'STS301',
        alias: 'sts-record-missing',
        severity: 'error',
        title: 'A policy domain has no `_mta-sts` record',
        rfc: 'RFC 8461 §3.1',
        messages: {
            missing: 'no `_mta-sts.{domain}` TXT record in {source}, so senders never fetch the policy; publish `v=STSv1; id=<id>`',
        },
    },
    {
        id: 'STS302',
        alias: 'sts-record-non-ascii',
        severity: 'error',
        title: 'The `_mta-sts` record contains non-ASCII or control characters',
        rfc: 'RFC 8461 §3.1',
        messages: {
            nonAscii: 'the record contains {char}; the record is US-ASCII only, so retype it',
        },
    },
    {
        id: 'STS303',
        alias: 'sts-version-invalid',
        severity: 'error',
        title: 'The `_mta-sts` record does not start with `v=STSv1`',
        rfc: 'RFC 8461 §3.1',
        messages: VERSION_MESSAGES,
    },
    {
        id: 'STS304',
        alias: 'sts-version-not-first',
        severity: 'error',
        title: '`v=STSv1` is not the first field of the `_mta-sts` record',
        rfc: 'RFC 8461 §3.1',
        messages: VERSION_MESSAGES,
    },
    {
        id: 'STS305',
        alias: 'sts-id-missing',
        severity: 'error',
        title: 'The `_mta-sts` record has no `id` field',
        rfc: 'RFC 8461 §3.1',
        messages: {
            missing: 'the record `{value}` has no `id` field, so senders ignore it; add `id=<id>`, such as a UTC timestamp `id=20240501120000`',
            noFields: 'the record `{value}` has no fields; write `v=STSv1; id=<id>`',
        },
    },
    {
        id: 'STS306',
        alias: 'sts-id-invalid',
        severity: 'error',
        title: 'The policy id is not 1 to 32 letters and digits',
        rfc: 'RFC 8461 §3.1',
        messages: {
            empty: '`id=` has no value; write 1 to 32 letters or digits, such as `id=20240501120000`',
            chars: 'policy id `{id}` contains {char}; an id is 1 to 32 letters and digits only, so write `id={fixed}`',
            charsOnly: 'policy id `{id}` contains {char} and no letter or digit; write 1 to 32 letters or digits, such as `id=20240501120000`',
            template: 'policy id `{id}` is a template placeholder, so the record as written is invalid; lint the rendered record, or write a literal id such as `id=20240501120000`',
            tooLong: 'policy id `{id}` has {length} characters, more than 32; shorten it, such as to a 14-digit UTC timestamp or 32 hex characters of a hash',
        },
    },
    {
        id: 'STS307',
        alias: 'sts-id-key-case',
        severity: 'error',
        title: 'The `id` key is not lowercase',
        rfc: 'RFC 8461 §3.1',
        messages: {
            case: '`{name}=` is not `id=` (keys are case-sensitive), so senders see no policy id; write `id={value}`',
            caseExtra: '`{name}={value}` is an unknown field beside `id`; keys are case-sensitive, so remove it',
        },
    },
    {
        id: 'STS308',
        alias: 'sts-delimiter',
        severity: 'error',
        title: 'Fields of the `_mta-sts` record are not separated correctly',
        rfc: 'RFC 8461 §3.1',
        messages: TOKEN_MESSAGES,
    },
    {
        id: 'STS309',
        alias: 'sts-space-before-semicolon',
        severity: 'warning',
        title: 'Whitespace between `v=STSv1` and the first `;`',
        rfc: 'RFC 8461 §3.1 (erratum 6285)',
        messages: {
            space: 'whitespace before the first `;`; senders pick the record by the exact prefix `v=STSv1;`, so some skip this one. Write `v=STSv1;`',
        },
    },
    {
        id: 'STS310',
        alias: 'sts-unknown-field',
        severity: 'notice',
        title: 'The `_mta-sts` record has an unknown field',
        rfc: 'RFC 8461 §3.1, §9.2',
        messages: {
            unknown: 'unknown field `{name}`; senders ignore it (the record defines only `v` and `id`)',
        },
    },
    {
        id: 'STS311',
        alias: 'sts-misplaced-field',
        severity: 'warning',
        title: 'The `_mta-sts` record has a field that belongs elsewhere',
        rfc: 'RFC 8461 §3.1, §3.2',
        messages: {
            tlsrpt: '`{name}` is a TLS-RPT field; senders ignore it here, so publish it in the `_smtp._tls` record',
            policy: '`{name}` is a policy file field; senders ignore it in DNS, so set it in the policy file',
            version: 'a second `{name}=` field; senders ignore it, so remove it',
        },
    },
    {
        id: 'STS312',
        alias: 'sts-extension-invalid',
        severity: 'error',
        title: 'A field of the `_mta-sts` record has an invalid name or value',
        rfc: 'RFC 8461 §3.1',
        messages: TOKEN_MESSAGES,
    },
    {
        id: 'STS313',
        alias: 'sts-duplicate-id',
        severity: 'error',
        title: 'The `_mta-sts` record has more than one `id`',
        rfc: 'RFC 8461 §3.1, §3.2',
        messages: {
            duplicate: 'second `id={value}` after `id={firstValue}`; some senders take the first and others reject the record, so keep one `id`',
        },
    },
    {
        id: 'STS314',
        alias: 'sts-duplicate-field',
        severity: 'warning',
        title: 'A field of the `_mta-sts` record appears twice',
        rfc: 'RFC 8461 §3.2',
        messages: {
            duplicate: 'second `{name}={value}`; senders use only the first (`{firstValue}`), so keep one',
        },
    },
    {
        id: 'STS315',
        alias: 'sts-multiple-records',
        severity: 'error',
        title: 'More than one `_mta-sts` record starts with `v=STSv1`',
        rfc: 'RFC 8461 §3.1',
        messages: {
            multiple: '{count} TXT records at this name start with `v=STSv1`, so senders treat the domain as having no policy; keep exactly one',
        },
    },
    {
        id: 'STS316',
        alias: 'txt-unrelated-record',
        severity: 'notice',
        title: 'An unrelated TXT record shares the name',
        rfc: 'RFC 8461 §3.1',
        messages: {
            unrelated: 'TXT record `{value}` at this name is not part of MTA-STS; senders skip it, but it often means a wildcard record leaks into this name',
        },
    },
    {
        id: 'STS317',
        alias: 'txt-split-token',
        severity: 'notice',
        title: 'A TXT string boundary splits a token',
        rfc: 'RFC 8461 §3.1',
        messages: {
            split: 'the boundary between two TXT strings falls inside `{token}`; senders join strings with nothing between, so this is valid but easy to misread. Split at a `;` instead',
        },
    },
    {
        id: 'STS318',
        alias: 'txt-literal-quotes',
        severity: 'error',
        title: 'The record data contains literal quote characters',
        rfc: 'RFC 8461 §3.1; RFC 1035 §5.1',
        messages: {
            quotes: 'the record data `{value}` starts with a literal `"`, so it does not start with the version token and senders ignore it; remove the quote characters from the stored value',
        },
    },
    {
        id: 'STS319',
        alias: 'txt-string-too-long',
        severity: 'error',
        title: 'A TXT character-string is longer than 255 octets',
        rfc: 'RFC 1035 §3.3',
        messages: {
            long: 'TXT string of {octets} octets is longer than {limit}; DNS cannot carry it, so split it into several quoted strings',
        },
    },
    {
        id: 'STS320',
        alias: 'sts-id-counter',
        severity: 'notice',
        title: 'The policy id is a short counter',
        rfc: 'RFC 8461 §3.1',
        messages: {
            counter: 'policy id `{id}` is a short counter, which is easy to reuse for different content after a revert; ids need no order, so a UTC timestamp such as `20240501120000` or a content hash is safer',
        },
    },
    {
        id: 'STS321',
        alias: 'zone-unquoted-semicolon',
        severity: 'error',
        title: 'An unquoted `;` in a zone file cuts the record short',
        rfc: 'RFC 1035 §5.1; RFC 8461 §3.1',
        messages: {
            unquoted: 'in a zone file an unquoted `;` starts a comment, so this record publishes `{published}` and senders ignore it; quote the whole value: `"{intended}"`',
        },
    },
    {
        id: 'STS322',
        alias: 'record-computed',
        severity: 'notice',
        title: 'A record value is computed when the configuration is applied',
        rfc: 'RFC 8461 §3.1',
        messages: {
            computed: 'the `{owner}` value is computed by `{expression}`, so its policy id cannot be read here; write the value as a literal string, or name a file with the rendered record in `.mta-sts-guard.yml` (`record: { file: ... }`)',
        },
    },
    {
        id: 'STS323',
        alias: 'record-source-ambiguous',
        severity: 'notice',
        title: 'Several record sources could hold the record of a policy domain',
        rfc: 'RFC 8461 §3.1',
        messages: {
            several: '`{owner}` is defined in {count} places ({others}); using `{chosen}`. Pin the source with a `domains` entry in `.mta-sts-guard.yml`',
            assumedZone: '`{file}` defines `{name}` without saying for which zone; it is taken as `{owner}` because `{domain}` is the only policy domain found. Pin it with a `domains` entry in `.mta-sts-guard.yml`',
            unassigned: '`{file}` defines `{name}` without saying for which zone, and several policy domains were found, so it was not used; name the record source of each domain in `.mta-sts-guard.yml`',
        },
    },
    {
        id: 'STS324',
        alias: 'record-cname',
        severity: 'notice',
        title: 'The record name is a CNAME',
        rfc: 'RFC 8461 §3.1, §8.2',
        messages: {
            cname: '`{owner}` is a CNAME to `{target}`; senders follow it, so the record and its policy id are managed at `{target}`',
        },
    },
    {
        id: 'STS325',
        alias: 'sts-record-misplaced',
        severity: 'error',
        title: 'A `v=STSv1` record is published at the wrong name',
        rfc: 'RFC 8461 §3.1',
        messages: {
            misplaced: 'a `v=STSv1` record is published at `{owner}`, but senders look for it only at `_mta-sts.<policy domain>`; move it to `{expected}`',
        },
    },
    // STS4xx: the `_smtp._tls` TXT record (RFC 8460 §3).
    {
        id: 'STS401',
        alias: 'tlsrpt-version-invalid',
        severity: 'error',
        title: 'The TLS-RPT record does not start with `v=TLSRPTv1`',
        rfc: 'RFC 8460 §3',
        messages: VERSION_MESSAGES,
    },
    {
        id: 'STS402',
        alias: 'tlsrpt-rua-missing',
        severity: 'error',
        title: 'The TLS-RPT record has no `rua` field',
        rfc: 'RFC 8460 §3',
        messages: {
            missing: 'the record `{value}` has no `rua` field, so reporters have nowhere to send reports; add `rua=mailto:<address>`',
            noFields: 'the record `{value}` has no fields; write `v=TLSRPTv1; rua=mailto:<address>`',
            nearMiss: '`{name}=` is not `rua=` (keys are case-sensitive), so the record has no report address; write `rua=`',
        },
    },
    {
        id: 'STS403',
        alias: 'tlsrpt-uri-invalid',
        severity: 'error',
        title: 'A `rua` entry is not a valid URI',
        rfc: 'RFC 8460 §3',
        messages: {
            emptyList: '`rua=` has no URI, so reporters have nowhere to send reports; write `rua=mailto:<address>`',
            empty: 'empty entry in the `rua` list; remove the extra comma',
            noSchemeEmail: '`{uri}` has no URI scheme; write `{fixed}`',
            noScheme: '`{uri}` has no URI scheme; write a `mailto:` or `https:` URI',
            badChar: '`{uri}` contains {char}, which a URI cannot hold unencoded; percent-encode it',
            badPercent: '`{uri}` has a `%` that does not start a percent-encoded byte; write `%25` for a literal percent sign',
            mailto: '`{uri}` is not a valid `mailto:` address; write `mailto:local@domain`',
            https: '`{uri}` is not a valid `https:` URL; write `https://host/path`',
        },
    },
    {
        id: 'STS404',
        alias: 'tlsrpt-uri-scheme',
        severity: 'error',
        title: 'A `rua` URI uses a scheme other than mailto or https',
        rfc: 'RFC 8460 §3',
        messages: {
            http: '`{uri}` uses `http:`, which TLS-RPT does not support; write `{fixed}`',
            scheme: '`{uri}` uses scheme `{scheme}:`; TLS-RPT reports go only to `mailto:` or `https:` URIs',
        },
    },
    {
        id: 'STS405',
        alias: 'tlsrpt-scheme-case',
        severity: 'notice',
        title: 'A `rua` URI scheme is not lowercase',
        rfc: 'RFC 8460 §3; RFC 3986 §3.1',
        messages: {
            case: 'scheme `{scheme}` is valid in any case, but write `{fixed}` for senders that compare literally',
        },
    },
    {
        id: 'STS406',
        alias: 'tlsrpt-size-suffix',
        severity: 'error',
        title: 'A `rua` URI carries a DMARC-style size limit',
        rfc: 'RFC 8460 §3',
        messages: {
            suffix: '`{uri}` ends with `{suffix}`; TLS-RPT has no size limit syntax and `!` must be percent-encoded, so write `{fixed}`',
        },
    },
    {
        id: 'STS407',
        alias: 'tlsrpt-duplicate-rua',
        severity: 'warning',
        title: 'The TLS-RPT record has more than one `rua` field',
        rfc: 'RFC 8460 §3',
        messages: {
            duplicate: 'second `rua={value}`; RFC 8460 does not say which one reporters use, so merge the URIs into one comma-separated `rua` list',
        },
    },
    {
        id: 'STS408',
        alias: 'tlsrpt-unknown-field',
        severity: 'notice',
        title: 'The TLS-RPT record has an unknown field',
        rfc: 'RFC 8460 §3',
        messages: {
            unknown: 'unknown field `{name}`; reporters ignore it (TLS-RPT defines only `v` and `rua`)',
            ruf: '`{name}` is a DMARC field; TLS-RPT has no `ruf`, so reporters ignore it. Put every address in `rua`',
        },
    },
    {
        id: 'STS409',
        alias: 'tlsrpt-syntax',
        severity: 'error',
        title: 'The TLS-RPT record breaks the record grammar',
        rfc: 'RFC 8460 §3',
        messages: {
            nonAscii: 'the record contains {char}; it must be US-ASCII, so retype it',
            ...TOKEN_MESSAGES,
        },
    },
    {
        id: 'STS410',
        alias: 'tlsrpt-multiple-records',
        severity: 'error',
        title: 'More than one TLS-RPT record starts with `v=TLSRPTv1`',
        rfc: 'RFC 8460 §3',
        messages: {
            multiple: '{count} TXT records at this name start with `v=TLSRPTv1`, so reporters treat the domain as not using TLS-RPT; keep exactly one',
        },
    },
    {
        id: 'STS411',
        alias: 'tlsrpt-space-before-semicolon',
        severity: 'warning',
        title: 'Whitespace between `v=TLSRPTv1` and the first `;`',
        rfc: 'RFC 8460 §3',
        messages: {
            space: 'whitespace before the first `;`; reporters pick the record by the exact prefix `v=TLSRPTv1;`, so some skip this one. Write `v=TLSRPTv1;`',
        },
    },
    {
        id: 'STS412',
        alias: 'tlsrpt-wrong-name',
        severity: 'warning',
        title: 'A TLS-RPT record is published at the wrong name',
        rfc: 'RFC 8460 §3',
        messages: {
            misplaced: 'a `v=TLSRPTv1` record is published at `{owner}`, but reporters look for it only at `_smtp._tls.<domain>`; move it to `{expected}`',
        },
    },
];
const BY_KEY = new Map();
for (const rule of RULES) {
    BY_KEY.set(rule.id, rule);
    BY_KEY.set(rule.alias, rule);
}
/** Looks a rule up by id (`STS204`) or alias (`mode-invalid`). */
function findRule(key) {
    return BY_KEY.get(key) ?? BY_KEY.get(key.toUpperCase());
}
/** Fills a message template. A missing value renders as `?` so that a gap shows in tests. */
function renderMessage(rule, messageId, data = {}) {
    const template = rule.messages[messageId];
    if (template === undefined) {
        return `${rule.title} (${messageId})`;
    }
    return template.replace(/\{([A-Za-z]+)\}/g, (_match, name) => {
        const value = data[name];
        return value === undefined ? '?' : String(value);
    });
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ describeChar),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/**
 * Byte-exact text handling shared by the parsers: strict UTF-8 decoding that
 * keeps going past bad bytes, and offset-to-position mapping.
 */
/**
 * Decodes UTF-8 strictly (no overlong forms, no surrogates, nothing above
 * U+10FFFF), replacing each maximal invalid subpart with one U+FFFD as the
 * WHATWG decoder does, and records where those replacements are.
 */
function decodeUtf8(bytes) {
    const parts = [];
    const invalidOffsets = [];
    const invalidBytes = [];
    let textLength = 0;
    let asciiStart = 0;
    let index = 0;
    const flushAscii = (end) => {
        if (end > asciiStart) {
            parts.push(latin1Slice(bytes, asciiStart, end));
            textLength += end - asciiStart;
        }
    };
    while (index < bytes.length) {
        const lead = bytes[index];
        if (lead < 0x80) {
            index++;
            continue;
        }
        flushAscii(index);
        const decoded = decodeSequence(bytes, index);
        if (decoded.codePoint < 0) {
            invalidOffsets.push(textLength);
            invalidBytes.push(lead);
            parts.push('\uFFFD');
            textLength += 1;
        }
        else {
            const chars = String.fromCodePoint(decoded.codePoint);
            parts.push(chars);
            textLength += chars.length;
        }
        index += decoded.length;
        asciiStart = index;
    }
    flushAscii(index);
    return { text: parts.join(''), invalidOffsets, invalidBytes };
}
function latin1Slice(bytes, start, end) {
    let out = '';
    const chunk = 8192;
    for (let offset = start; offset < end; offset += chunk) {
        out += String.fromCharCode(...bytes.subarray(offset, Math.min(end, offset + chunk)));
    }
    return out;
}
/** Decodes one non-ASCII sequence; `codePoint` is -1 for an invalid maximal subpart. */
function decodeSequence(bytes, start) {
    const lead = bytes[start];
    let needed;
    let codePoint;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        needed = 1;
        codePoint = lead & 0x1f;
    }
    else if (lead >= 0xe0 && lead <= 0xef) {
        needed = 2;
        codePoint = lead & 0x0f;
        if (lead === 0xe0)
            lower = 0xa0;
        if (lead === 0xed)
            upper = 0x9f;
    }
    else if (lead >= 0xf0 && lead <= 0xf4) {
        needed = 3;
        codePoint = lead & 0x07;
        if (lead === 0xf0)
            lower = 0x90;
        if (lead === 0xf4)
            upper = 0x8f;
    }
    else {
        return { codePoint: -1, length: 1 };
    }
    let length = 1;
    for (let seen = 0; seen < needed; seen++) {
        const next = bytes[start + length];
        if (next === undefined || next < lower || next > upper) {
            return { codePoint: -1, length };
        }
        codePoint = (codePoint << 6) | (next & 0x3f);
        lower = 0x80;
        upper = 0xbf;
        length++;
    }
    return { codePoint, length };
}
/**
 * Maps string offsets to 1-based line and column. LF, CRLF and a bare CR
 * each end a line, as editors display them. A leading BOM takes no column.
 */
class LineIndex {
    text;
    firstLine;
    lineStarts = [0];
    bomWidth;
    constructor(text, firstLine = 1) {
        this.text = text;
        this.firstLine = firstLine;
        this.bomWidth = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        for (let index = 0; index < text.length; index++) {
            const code = text.charCodeAt(index);
            if (code === 0x0a) {
                this.lineStarts.push(index + 1);
            }
            else if (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) {
                this.lineStarts.push(index + 1);
            }
        }
    }
    position(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        const lineStart = this.lineStarts[low];
        let column = offset - lineStart + 1;
        if (low === 0 && this.bomWidth > 0)
            column = Math.max(1, column - this.bomWidth);
        return { line: low + this.firstLine, column };
    }
    span(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
/** Shows a value in a message: control and non-ASCII characters as escapes, long values shortened. */
function showValue(value, maxLength = 80) {
    let shown = '';
    for (const char of value) {
        const code = char.codePointAt(0);
        if (code < 0x20 || code === 0x7f) {
            shown += code === 0x09 ? '\\t' : code === 0x0d ? '\\r' : code === 0x0a ? '\\n' : `\\x${code.toString(16).padStart(2, '0')}`;
        }
        else if (code === 0xfeff) {
            shown += '\\uFEFF';
        }
        else if (code === 0x60) {
            shown += "'";
        }
        else {
            shown += char;
        }
        if (shown.length > maxLength) {
            return shown.slice(0, maxLength - 1) + '…';
        }
    }
    return shown;
}
/** Names a character for a message, such as `U+00FC 'ü'` or `NUL (0x00)`. */
function describeChar(char) {
    const code = char.codePointAt(0);
    const hex = code.toString(16).toUpperCase().padStart(code > 0xff ? 4 : 2, '0');
    if (code === 0)
        return 'NUL (0x00)';
    if (code === 0x09)
        return 'TAB (0x09)';
    if (code === 0x0d)
        return 'CR (0x0D)';
    if (code < 0x20 || code === 0x7f)
        return `control character 0x${hex}`;
    if (code === 0xfeff)
        return 'byte order mark U+FEFF';
    if (code === 0xfffd)
        return 'U+FFFD';
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${char}'`;
}
/** Returns the Damerau-Levenshtein distance (optimal string alignment) of two short strings. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const columns = b.length + 1;
    const table = Array.from({ length: rows }, () => new Array(columns).fill(0));
    for (let i = 0; i < rows; i++)
        table[i][0] = i;
    for (let j = 0; j < columns; j++)
        table[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < columns; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    return table[a.length][b.length];
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.parse = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map