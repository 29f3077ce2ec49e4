export const id = 152;
export const ids = [152];
export const modules = {

/***/ 9152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readConfig: () => (/* binding */ readConfig)
/* harmony export */ });
/* unused harmony export parseConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8816);
/* harmony import */ var _core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9072);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2020);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5729);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8835);
/**
 * Reads `.mta-sts-guard.yml`: the policy domains of a repository, where
 * their records live, and rule settings.
 */








const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const recordSourceSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ value: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).min(1)]) }),
    zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ file: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1) }),
], { error: 'expected `{ value: "<record>" }` or `{ file: <path of a text file holding the record> }`' });
const domainSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    domain: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(HOSTNAME, { error: 'expected a domain name such as `example.com`' }),
    policy: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1, { error: 'expected the path of the policy file' }).optional(),
    record: recordSourceSchema.optional(),
    tlsrpt: recordSourceSchema.optional(),
});
const severitySchema = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['error', 'warning', 'notice', 'off'], { error: 'expected error, warning, notice or off' });
const configSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    domains: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(domainSchema).optional(),
    rules: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), severitySchema).optional(),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['error', 'warning', 'never'], { error: 'expected error, warning or never' }).optional(),
});
/** Reads and validates the configuration file. */
async function readConfig(cwd, explicitPath) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, explicitPath ?? _config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_FILE_NAME */ .a);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file) || file;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (!explicitPath && error.code === 'ENOENT')
            return null;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`cannot read config file \`${shown}\`: ${error.message}`, { cause: error });
    }
    return parseConfig(text, file, shown);
}
/** Parses configuration text. `shown` names the file in error messages. */
function parseConfig(text, file, shown) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}${where}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    const data = document.toJS() ?? {};
    const parsed = configSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keyPath = formatKeyPath(issue.path);
        const message = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => `\`${key}\``).join(', ')}` : issue.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: ${keyPath ? `\`${keyPath}\`: ` : ''}${message}`);
    }
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    const rules = new Map();
    for (const [key, setting] of Object.entries(parsed.data.rules ?? {})) {
        const rule = (0,_core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .findRule */ .Il)(key);
        if (!rule) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`rules.${key}\`: unknown rule${suggestRule(key)}`);
        }
        rules.set(rule.id, setting);
    }
    const seen = new Set();
    const domains = [];
    for (const [position, entry] of (parsed.data.domains ?? []).entries()) {
        const domain = entry.domain.toLowerCase();
        if (seen.has(domain)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is listed twice; keep one entry per policy domain`);
        }
        seen.add(domain);
        domains.push({
            domain,
            ...(entry.policy ? { policy: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, entry.policy) } : {}),
            ...(entry.record ? { record: entry.record } : {}),
            ...(entry.tlsrpt ? { tlsrpt: entry.tlsrpt } : {}),
        });
    }
    return { file, root, domains, rules, ...(parsed.data['fail-on'] ? { failOn: parsed.data['fail-on'] } : {}) };
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
        for (const name of [rule.id, rule.alias]) {
            const distance = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .editDistance */ .YC)(lower, name.toLowerCase());
            if (distance <= 2 && (!best || distance < best.distance))
                best = { name, distance };
        }
    }
    return best ? `; did you mean \`${best.name}\`?` : '; rule ids look like `STS204` or aliases like `mode-invalid` (see docs/rules.md)';
}


/***/ })

};

//# sourceMappingURL=152.index.js.map