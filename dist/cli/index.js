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
    const { readConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(816), __nccwpck_require__.e(152)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9152));
    return readConfig(cwd, explicitPath);
}


/***/ }),

/***/ 5729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ GuardError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export GitError */
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

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2712);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2712:
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
        problems.push({ ruleId: 'STS214', messageId: 'comment', data: { value: pattern, fixed: comment[1] }, offset: pattern.indexOf('#'), length: pattern.length - pattern.indexOf('#') });
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
    decoded.invalidOffsets.forEach((offset, position) => {
        push({
            ruleId: 'STS104',
            messageId: 'invalidUtf8',
            data: { byte: `0x${decoded.invalidBytes[position].toString(16).toUpperCase().padStart(2, '0')}` },
            span: index.span(offset, offset + 1),
        });
    });
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
                messageId: REGISTERED_FIELDS.includes(field.name) ? 'registered' : 'extension',
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
        push({ ruleId: 'STS204', messageId: 'placeholder', data, span });
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
                data: { name: field.name, target, value: (0,core_text/* showValue */.vp)(field.value) },
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
            if (!EXT_VALUE_CHAR.test(fieldValue[offset])) {
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
            findings.push({ ruleId: rules.version, messageId: 'suffix', data: { token: (0,core_text/* showValue */.vp)(token) }, span: span(base, base + token.length) });
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
        policy = lintPolicyFile(input.policy, input.domain, collector);
    }
    const sts = input.sts ? lintRecordSet(input.sts, 'sts', parseStsRecord, input.domain, collector) : [];
    const tlsrpt = input.tlsrpt ? lintRecordSet(input.tlsrpt, 'tlsrpt', parseTlsRptRecord, input.domain, collector) : [];
    if (policy && input.domain) {
        checkTlsRptPresence(policy, input, tlsrpt, collector);
        if (!input.sts && !input.tlsrpt) {
            collector.add(input.policy.file, { ruleId: 'STS003', messageId: 'noSource', data: { domain: input.domain } });
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
function lintPolicyFile(input, domain, collector) {
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
            add({ ruleId: 'STS005', messageId: 'excluded', data: { signal: jekyll.signal, folder: input.site.dotFolder } });
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
        add({ ruleId: 'STS001', messageId: 'unknown', data: { file: input.file } });
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

// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __nccwpck_require__(8835);
// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __nccwpck_require__(5729);
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/workspace.ts
/**
 * Finds and reads policy files in a working tree, and gathers the facts the
 * core needs about them: the policy domain and how the site serves them.
 */




const POLICY_FILE_NAME = 'mta-sts.txt';
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/**
 * Lists policy files under each path. A file path is taken as given; a
 * folder is searched for `mta-sts.txt` files, skipping `.git`,
 * `node_modules` and, inside a git work tree, ignored files.
 */
async function findPolicyFiles(paths, cwd) {
    const found = new Set();
    for (const given of paths) {
        const absolute = external_node_path_default().resolve(cwd, given);
        let info;
        try {
            info = await (0,promises_.stat)(absolute);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`cannot read \`${given}\`: ${describeFsError(error)}`, { cause: error });
        }
        if (info.isFile()) {
            found.add(absolute);
            continue;
        }
        for (const file of await listPolicyFilesIn(absolute))
            found.add(file);
    }
    return [...found].sort();
}
async function listPolicyFilesIn(folder) {
    const tracked = await listWithGit(folder);
    if (tracked)
        return tracked;
    return walk(folder);
}
/** Uses git's own ignore rules; returns null outside a work tree or without git. */
function listWithGit(folder) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', `:(glob)**/${POLICY_FILE_NAME}`], { cwd: folder, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            if (error) {
                resolve(null);
                return;
            }
            const files = stdout
                .split('\0')
                .filter((entry) => entry.length > 0 && !entry.split('/').some((segment) => SKIPPED_FOLDERS.has(segment)))
                .map((entry) => external_node_path_default().join(folder, entry));
            Promise.all(files.map((file) => (0,promises_.stat)(file).then((info) => (info.isFile() ? file : null), () => null))).then((existing) => resolve(existing.filter((file) => file !== null)), () => resolve(null));
        });
    });
}
async function walk(folder) {
    const out = [];
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true }).catch((error) => {
        throw new errors/* InputError */.dz(`cannot list \`${folder}\`: ${describeFsError(error)}`, { cause: error });
    });
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                out.push(...(await walk(external_node_path_default().join(folder, entry.name))));
        }
        else if (entry.isFile() && entry.name === POLICY_FILE_NAME) {
            out.push(external_node_path_default().join(folder, entry.name));
        }
    }
    return out;
}
async function readBytes(file, shown) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read \`${shown}\`: ${describeFsError(error)}`, { cause: error });
    }
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a folder, expected a file';
    return error.message;
}
/** Returns the site root that serves the policy file: the parent of `.well-known`, or the file's own folder. */
function siteRootOf(file) {
    const folder = external_node_path_default().dirname(file);
    return external_node_path_default().basename(folder) === '.well-known' ? external_node_path_default().dirname(folder) : folder;
}
async function readSmallText(file) {
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile() || info.size > 64 * 1024)
            return null;
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}
/**
 * Infers the policy domain from a GitHub Pages `CNAME` file naming
 * `mta-sts.<domain>` in the site root, or from the nearest path segment
 * `mta-sts.<domain>`.
 */
async function inferDomain(file) {
    const cname = await readSmallText(external_node_path_default().join(siteRootOf(file), 'CNAME'));
    const cnameHost = cname?.split(/\r?\n/)[0]?.trim().toLowerCase().replace(/\.$/, '');
    if (cnameHost?.startsWith('mta-sts.') && isDomainName(cnameHost.slice(8))) {
        return { domain: cnameHost.slice(8), origin: 'cname' };
    }
    const segments = external_node_path_default().resolve(file).split((external_node_path_default()).sep).slice(0, -1).reverse();
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
    return null;
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
async function readSiteFacts(file, repoRoot) {
    const siteRoot = siteRootOf(file);
    const facts = {};
    const relative = external_node_path_default().relative(siteRoot, file).split((external_node_path_default()).sep);
    const dotFolder = relative.slice(0, -1).find((segment) => segment.startsWith('.'));
    if (dotFolder)
        facts.dotFolder = dotFolder;
    const disabled = await exists(external_node_path_default().join(siteRoot, '.nojekyll'));
    const config = await readSmallText(external_node_path_default().join(siteRoot, '_config.yml'));
    if (config !== null) {
        facts.jekyll = { signal: '_config.yml', disabled, includesDotFolder: await jekyllIncludes(config, dotFolder) };
        return facts;
    }
    const isPagesSource = siteRoot === repoRoot || siteRoot === external_node_path_default().join(repoRoot, 'docs');
    if (isPagesSource && (await exists(external_node_path_default().join(siteRoot, 'CNAME')))) {
        const others = await Promise.all(OTHER_GENERATORS.map((name) => exists(external_node_path_default().join(repoRoot, name))));
        if (!others.some(Boolean)) {
            facts.jekyll = { signal: 'CNAME (GitHub Pages builds with Jekyll by default)', disabled, includesDotFolder: false };
        }
    }
    return facts;
}
async function jekyllIncludes(configText, dotFolder) {
    if (!dotFolder)
        return true;
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
/** Finds the root of the git work tree that contains `cwd`, or returns `cwd`. */
function findRepoRoot(cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }, (error, stdout) => {
            resolve(error ? cwd : external_node_path_default().resolve(stdout.trim()));
        });
    });
}

;// CONCATENATED MODULE: ./src/adapters/records.ts
/**
 * Record sources: where the `_mta-sts` and `_smtp._tls` values of a policy
 * domain come from. Each source turns into a `RecordSet` for the core.
 * DNS-as-code formats (zone files, Terraform, DNSControl, octoDNS) plug in
 * here as further source kinds.
 */




/** Shown as the file of command-line findings, after the flag that set them. */
const COMMAND_LINE_FILE = { sts: '<record>', tlsrpt: '<tlsrpt>' };
/** Reads a record source. `root` is the repository root that paths in findings are relative to. */
async function readRecordSet(source, kind, root) {
    if (source.kind === 'values') {
        const flag = kind === 'sts' ? '--record' : '--tlsrpt';
        return {
            file: source.origin === 'command line' ? COMMAND_LINE_FILE[kind] : null,
            label: source.origin === 'command line' ? `the command line (\`${flag}\`)` : 'the config file',
            records: source.values.map((value) => txtRecordFromValue(value)),
            explicit: true,
        };
    }
    const shown = toPosix(external_node_path_default().relative(root, source.file));
    const bytes = await readBytes(source.file, shown);
    return {
        file: shown,
        label: `\`${shown}\``,
        records: parseRecordText(new TextDecoder('utf-8').decode(bytes)),
        explicit: false,
    };
}
/**
 * Reads a record text file. Each non-blank line that does not start with
 * `#` is one TXT record. A line that starts with `"` is presentation format
 * (`"v=STSv1; " "id=1"`, as `dig +short` prints it); any other line,
 * leading whitespace included, is the record value itself.
 */
function parseRecordText(text) {
    const records = [];
    const lines = text.split(/\r\n|\n|\r/);
    for (const [index, raw] of lines.entries()) {
        const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
        const indent = line.length - line.trimStart().length;
        const content = line.trimStart();
        if (content.length === 0 || content.startsWith('#'))
            continue;
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
    return file.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/app/check.ts
/**
 * The `check` job: find policy files and record sources, lint each policy
 * domain, and return one report. Knows the order of operations; does no
 * printing and never exits the process.
 */






async function runCheck(options) {
    const cwd = external_node_path_default().resolve(options.cwd);
    const config = await (0,config_file/* loadConfig */.Z)(cwd, options.configPath);
    const repoRoot = await findRepoRoot(cwd);
    const flagDomain = options.domain?.toLowerCase().replace(/\.$/, '');
    if (flagDomain !== undefined && !isDomainName(flagDomain)) {
        throw new errors/* UsageError */.eb(`--domain \`${options.domain}\` is not a domain name; pass the policy domain, such as \`--domain example.com\``);
    }
    const targets = await collectTargets(options, config, cwd, flagDomain);
    attachCommandLineRecords(targets, options, flagDomain);
    const settings = config?.rules ?? new Map();
    const results = [];
    const summaries = [];
    const readFiles = new Set();
    for (const target of targets) {
        const input = { domain: target.domain };
        if (target.policy) {
            const shown = toPosix(external_node_path_default().relative(repoRoot, target.policy));
            input.policy = { file: shown, bytes: await readBytes(target.policy, shown), site: await readSiteFacts(target.policy, repoRoot) };
            readFiles.add(target.policy);
        }
        if (target.record) {
            input.sts = await readRecordSet(target.record, 'sts', repoRoot);
            if (target.record.kind === 'text-file')
                readFiles.add(target.record.file);
        }
        if (target.tlsrpt) {
            input.tlsrpt = await readRecordSet(target.tlsrpt, 'tlsrpt', repoRoot);
            if (target.tlsrpt.kind === 'text-file')
                readFiles.add(target.tlsrpt.file);
        }
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
    return { findings: results.flatMap((result) => result.findings), domains: summaries, files: readFiles.size, config };
}
async function collectTargets(options, config, cwd, flagDomain) {
    const targets = [];
    const claimed = new Set();
    const root = config?.root ?? cwd;
    for (const entry of config?.domains ?? []) {
        const target = { domain: entry.domain, origin: 'config' };
        if (entry.policy) {
            target.policy = entry.policy;
            claimed.add(entry.policy);
        }
        if (entry.record)
            target.record = toRecordSource(entry.record, root);
        if (entry.tlsrpt)
            target.tlsrpt = toRecordSource(entry.tlsrpt, root);
        // A record file may well be named mta-sts.txt; it is not a policy file.
        for (const source of [target.record, target.tlsrpt]) {
            if (source?.kind === 'text-file')
                claimed.add(source.file);
        }
        targets.push(target);
    }
    const explicitPaths = options.paths.length > 0;
    const hasRecordFlags = options.records.length > 0 || options.tlsrpt.length > 0;
    const files = await findPolicyFiles(explicitPaths ? options.paths : ['.'], cwd);
    for (const file of files) {
        if (claimed.has(file))
            continue;
        if (flagDomain) {
            targets.push({ domain: flagDomain, origin: 'flag', policy: file });
            continue;
        }
        const inferred = await inferDomain(file);
        targets.push({ domain: inferred?.domain ?? null, origin: inferred?.origin ?? null, policy: file });
    }
    if (targets.length === 0 && !hasRecordFlags) {
        const where = explicitPaths ? options.paths.map((given) => `\`${given}\``).join(', ') : 'the current folder';
        throw new errors/* UsageError */.eb(`no MTA-STS policy file (\`mta-sts.txt\`) found in ${where}; pass the policy file's path, list the domain in \`.mta-sts-guard.yml\`, or check records alone with \`--record\`/\`--tlsrpt\``);
    }
    return targets;
}
function toRecordSource(source, root) {
    if ('value' in source) {
        return { kind: 'values', values: Array.isArray(source.value) ? source.value : [source.value], origin: 'config' };
    }
    return { kind: 'text-file', file: external_node_path_default().resolve(root, source.file) };
}
/** Gives `--record` and `--tlsrpt` values to the one policy domain they can belong to. */
function attachCommandLineRecords(targets, options, flagDomain) {
    const sources = [
        ['sts', options.records],
        ['tlsrpt', options.tlsrpt],
    ];
    if (sources.every(([, values]) => values.length === 0))
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
    for (const [kind, values] of sources) {
        if (values.length === 0)
            continue;
        const source = { kind: 'values', values, origin: 'command line' };
        if (kind === 'sts')
            target.record = source;
        else
            target.tlsrpt = source;
    }
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
        const place = [finding.file ?? `<${finding.domain ?? 'input'}>`];
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
function parseCommandLine(args) {
    try {
        return parseCheckArgs(args);
    }
    catch (error) {
        // parseArgs errors name the flag; keep the message and drop Node's error code prefix.
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
    const report = await runCheck({
        cwd: io.cwd,
        paths: positionals,
        ...(values.config === undefined ? {} : { configPath: values.config }),
        ...(values.domain === undefined ? {} : { domain: values.domain }),
        records: values.record ?? [],
        tlsrpt: values.tlsrpt ?? [],
    });
    const failOn = failOnFlag ?? report.config?.failOn ?? 'error';
    const color = !values['no-color'] && !values.output && format === 'text' && wantsColor(io);
    const output = render(report, format, { color, quiet: values.quiet === true, failOn });
    if (values.output) {
        await writeAtomically(external_node_path_default().resolve(io.cwd, values.output), `${output}\n`);
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
    return formatText(report.findings, { ...options, files: report.files, domains: report.domains.length });
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
/** Writes through a temporary file and a rename, so a reader never sees half a report. */
async function writeAtomically(file, text) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, text);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        throw new errors/* GuardError */.U$(`cannot write \`${file}\`: ${error.message}`, 'OUTPUT_UNWRITABLE', { cause: error });
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
            noSource: 'the `_mta-sts` and `_smtp._tls` records of `{domain}` were not checked; pass `--record` and `--tlsrpt`, or name a record file in `.mta-sts-guard.yml`',
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
            excluded: 'this site is built by Jekyll (found `{signal}`), which skips folders that start with a dot, so `{folder}` is not published and the policy URL returns 404; add `include: [".well-known"]` to `_config.yml` or an empty `.nojekyll` file to the site root',
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
            trailing: 'blank lines at the end of the file ({count}); the grammar allows one final line break only, so strict senders reject the policy. Remove the extra line breaks',
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
            placeholder: 'mode value `{value}` is a template placeholder; replace it with testing, enforce or none (and remove any comment: the format has none)',
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
            list: 'mx value `{value}` holds several patterns; each needs its own line: `{lines}`',
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