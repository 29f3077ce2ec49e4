export const id = 152;
export const ids = [152];
export const modules = {

/***/ 9152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig),
/* harmony export */   readConfig: () => (/* binding */ readConfig)
/* harmony export */ });
/* unused harmony export SOURCE_FORMATS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8816);
/* harmony import */ var _core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9072);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2020);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5729);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1841);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8835);
/**
 * Reads `.mta-sts-guard.yml`: the policy domains of a repository, where
 * their records live, rule settings, and defaults for the id gate.
 */









const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\.?$/;
const SOURCE_FORMATS = ['text', 'zone', 'terraform', 'dnscontrol', 'octodns'];
const recordSourceSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ value: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1)]) }),
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        format: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(SOURCE_FORMATS).optional(),
        name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    }),
], { error: 'expected `{ value: "<record>" }` or `{ file: <path>, format: text|zone|terraform|dnscontrol|octodns, name: <owner name> }`' });
const domainSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    domain: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP({ error: 'missing; expected a domain name such as `example.com`' }).regex(HOSTNAME, { error: 'expected a domain name such as `example.com`' }),
    policy: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1, { error: 'expected the path of the policy file' }).optional(),
    record: recordSourceSchema.optional(),
    tlsrpt: recordSourceSchema.optional(),
});
const severitySchema = zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['error', 'warning', 'notice', 'off'], { error: 'expected error, warning, notice or off' });
const configSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    domains: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(domainSchema, { error: 'expected a list of `- domain: <name>` entries' }).optional(),
    rules: zod__WEBPACK_IMPORTED_MODULE_7__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), severitySchema, { error: 'expected a map of rule ids or aliases to error, warning, notice or off' }).optional(),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['error', 'warning', 'never'], { error: 'expected error, warning or never' }).optional(),
    'id-scheme': zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['timestamp', 'hash'], { error: 'expected timestamp or hash' }).optional(),
    'history-depth': zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig({ error: 'expected a number of commits' }).int().min(0).max(1_000_000).optional(),
});
const TOP_LEVEL_KEYS = ['domains', 'rules', 'fail-on', 'id-scheme', 'history-depth'];
const DOMAIN_KEYS = ['domain', 'policy', 'record', 'tlsrpt'];
const SOURCE_KEYS = ['value', 'file', 'format', 'name'];
/** Reads and validates the configuration file. */
async function readConfig(cwd, explicitPath) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, explicitPath ?? _config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .CONFIG_FILE_NAME */ .a);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file) || file;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (!explicitPath && error.code === 'ENOENT')
            return null;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`cannot read config file \`${shown}\`: ${(0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFsError */ .TQ)(error)}`, { cause: error });
    }
    return parseConfig(text, file, shown);
}
/** Parses configuration text. `shown` names the file in error messages. */
function parseConfig(text, file, shown) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}${where}: invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const data = document.toJS() ?? {};
    const parsed = configSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keyPath = formatKeyPath(issue.path);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: ${keyPath ? `\`${keyPath}\`: ` : ''}${describeIssue(issue)}`);
    }
    const rules = new Map();
    const keyFor = new Map();
    for (const [key, setting] of Object.entries(parsed.data.rules ?? {})) {
        const rule = (0,_core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .findRule */ .Il)(key);
        if (!rule) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`rules.${key}\`: unknown rule${suggestRule(key)}`);
        }
        const previous = keyFor.get(rule.id);
        if (previous !== undefined && rules.get(rule.id) !== setting) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`rules.${key}\` and \`rules.${previous}\` name the same rule (${rule.id} ${rule.alias}) with different settings; keep one`);
        }
        keyFor.set(rule.id, key);
        rules.set(rule.id, setting);
    }
    const seen = new Set();
    const domains = [];
    for (const [position, entry] of (parsed.data.domains ?? []).entries()) {
        const domain = entry.domain.toLowerCase().replace(/\.$/, '');
        if (domain.startsWith('mta-sts.')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is the policy host; write the policy domain \`${domain.slice(8)}\``);
        }
        if (seen.has(domain)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is listed twice; keep one entry per policy domain`);
        }
        seen.add(domain);
        domains.push({
            domain,
            ...(entry.policy ? { policy: entry.policy } : {}),
            ...(entry.record ? { record: entry.record } : {}),
            ...(entry.tlsrpt ? { tlsrpt: entry.tlsrpt } : {}),
        });
    }
    const config = { file, root: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), domains, rules };
    if (parsed.data['fail-on'])
        config.failOn = parsed.data['fail-on'];
    if (parsed.data['id-scheme'])
        config.idScheme = parsed.data['id-scheme'];
    if (parsed.data['history-depth'] !== undefined)
        config.historyDepth = parsed.data['history-depth'];
    return config;
}
function describeIssue(issue) {
    if (issue.code === 'unrecognized_keys') {
        const allowed = issue.path.length === 0 ? TOP_LEVEL_KEYS : issue.path.at(-1) === 'record' || issue.path.at(-1) === 'tlsrpt' ? SOURCE_KEYS : DOMAIN_KEYS;
        return issue.keys
            .map((key) => {
            const near = allowed.find((candidate) => (0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .editDistance */ .YC)(key.toLowerCase().replace(/_/g, '-'), candidate) <= 2);
            return `unknown key \`${key}\`${near ? `; did you mean \`${near}\`?` : `; expected one of ${allowed.join(', ')}`}`;
        })
            .join(', ');
    }
    const input = issue.input;
    const got = input === undefined || typeof input === 'object' ? '' : ` (got \`${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .showValue */ .vp)(String(input), 40)}\`)`;
    return `${issue.message}${got}`;
}
function formatKeyPath(keyPath) {
    let out = '';
    for (const key of keyPath) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out ? `.${String(key)}` : String(key);
    }
    return out;
}
function suggestRule(key) {
    const lower = key.toLowerCase();
    let best;
    for (const rule of _core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y0) {
        // Ids differ from each other by a digit, so only an alias gets a fuzzy suggestion.
        const distance = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .editDistance */ .YC)(lower, rule.alias);
        if (distance <= 2 && (!best || distance < best.distance))
            best = { name: rule.alias, distance };
    }
    return best ? `; did you mean \`${best.name}\`?` : '; rule ids look like `STS204` and aliases like `mode-invalid` (see docs/rules.md)';
}


/***/ })

};

//# sourceMappingURL=152.index.js.map