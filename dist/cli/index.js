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

/***/ 2151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tK: () => (/* binding */ CatFile),
  ky: () => (/* binding */ findGitRoot),
  fE: () => (/* binding */ isShallow),
  WL: () => (/* binding */ resolveCommit),
  EO: () => (/* binding */ runGit)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __nccwpck_require__(5729);
;// CONCATENATED MODULE: ./src/adapters/git.ts
/**
 * Runs git. Every call goes through `runGit`, which turns a failure into a
 * `GitError` with git's own first line of error output, and `CatFile`, one
 * long-running `git cat-file --batch` per repository for reading blobs.
 */




/** Runs `git args...` in `cwd` and returns standard output. */
function runGit(args, cwd, options = {}) {
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
/**
 * Returns the repository root containing `cwd`, or null outside a work
 * tree. Looks for `.git` on disk first, because starting git costs several
 * milliseconds of every run; with GIT_DIR or GIT_WORK_TREE set it runs `git rev-parse`.
 */
async function findGitRoot(cwd) {
    if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
        for (let folder = external_node_path_default().resolve(cwd);; folder = external_node_path_default().dirname(folder)) {
            if (await (0,promises_.stat)(external_node_path_default().join(folder, '.git')).then(() => true, () => false))
                return folder;
            if (external_node_path_default().dirname(folder) === folder)
                return null;
        }
    }
    try {
        return (await runGit(['rev-parse', '--show-toplevel'], cwd)).trim();
    }
    catch {
        return null;
    }
}
/** Resolves a revision to a commit id, or returns null when the repository does not have it. */
async function resolveCommit(rev, cwd) {
    try {
        return (await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd)).trim() || null;
    }
    catch {
        return null;
    }
}
async function isShallow(cwd) {
    return (await runGit(['rev-parse', '--is-shallow-repository'], cwd)).trim() === 'true';
}
/** Reads one blob with `git cat-file blob`, or returns null when it does not exist. */
function readBlobAlone(object, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['cat-file', 'blob', object], { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
            resolve(error ? null : new Uint8Array(stdout));
        });
    });
}
/**
 * Reads blobs through one `git cat-file --batch` process. git replies in
 * request order, so requests are queued and matched to replies one by one.
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
        // The batch protocol is line-based, so a path with a line break is read by a command of its own.
        if (object.includes('\n'))
            return readBlobAlone(object, this.cwd);
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: { ...process.env, LC_ALL: 'C' } });
        child.stdout.on('data', (chunk) => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.drain();
        });
        const fail = (error) => {
            this.failure = new errors/* GitError */.XS(`git cat-file failed: ${error.message}`, { cause: error });
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
    /** Keeps the event loop alive only while requests are pending, so an idle reader never keeps the process running. */
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


/***/ }),

/***/ 5790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ treePath),
/* harmony export */   Wu: () => (/* binding */ WorkTree),
/* harmony export */   bU: () => (/* binding */ hasFolder),
/* harmony export */   mz: () => (/* binding */ filesUnder),
/* harmony export */   xn: () => (/* binding */ GitTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5729);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2151);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1841);
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
        const output = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], this.root);
        const files = output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
        // Files deleted from disk but still in the index are not part of the working tree.
        const present = await Promise.all(files.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, file)).then((info) => info.isFile(), () => false)));
        return files.filter((_file, index) => present[index]);
    }
    listUnder(folder) {
        return walk(this.root, folder === '.' ? '' : folder);
    }
    isFolder(folder) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, folder)).then((info) => info.isDirectory(), () => false);
    }
    async read(file) {
        try {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, file);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
            // A pipe or device (such as /dev/stdin) is read as a file; a folder is not a file.
            if (info.isDirectory())
                return null;
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
                return null;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read \`${file}\`: ${(0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .TQ)(error)}`, { cause: error });
        }
    }
}
async function walk(root, prefix) {
    const out = [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, prefix), { withFileTypes: true }).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot list \`${prefix || root}\`: ${(0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .TQ)(error)}`, { cause: error });
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
            const output = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(args, this.root);
            return output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
        })();
        return this.listing;
    }
    read(file) {
        return this.catFile.read(this.rev === null ? `:${file}` : `${this.rev}:${file}`);
    }
    async listUnder(folder) {
        return filesUnder(await this.list(), folder);
    }
    async isFolder(folder) {
        return hasFolder(await this.list(), folder);
    }
}
/** Returns the `/`-separated path of `file` (relative to `from`) relative to the tree root. */
function treePath(root, from, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from, file)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/** Returns the files of a listing that lie under `folder` (`.` or empty for all). */
function filesUnder(files, folder) {
    const prefix = folder === '.' || folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
    return files.filter((file) => file.startsWith(prefix));
}
/** Tells whether a listing has a folder: a file path that starts with it. */
function hasFolder(files, folder) {
    if (folder === '.' || folder === '')
        return true;
    const prefix = `${folder.replace(/\/$/, '')}/`;
    return files.some((file) => file.startsWith(prefix));
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
    const listing = await listingSet(tree);
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
const listings = new WeakMap();
/** Returns the tree's file list as a set, built once per tree, because a repository with many policy files needs it once per file. */
function listingSet(tree) {
    let listing = listings.get(tree);
    if (!listing) {
        listing = tree.list().then((files) => new Set(files));
        listings.set(tree, listing);
    }
    return listing;
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


/***/ }),

/***/ 4615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ keepChangedDomains)
/* harmony export */ });
/* unused harmony export filesOfDomain */
/* harmony import */ var _adapters_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5790);
/**
 * Narrows a report to the policy domains that a change touches, for hooks
 * that run on changed files.
 */

/**
 * Narrows a full report to the policy domains whose files are among
 * `changed`: the policy file, a record source, a file that contains part of
 * a record, such as the id, or the config file (which affects every domain).
 */
function keepChangedDomains(report, changed) {
    const files = new Set(changed);
    const configChanged = report.config !== null && files.has((0,_adapters_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .treePath */ .ON)(report.root, report.root, report.config.file));
    const keep = new Set();
    report.results.forEach((result, index) => {
        const related = filesOfDomain(report.inputs[index], result);
        if (configChanged || [...related].some((file) => files.has(file)))
            keep.add(index);
    });
    const domains = new Set([...keep].map((index) => report.results[index].domain));
    const policyFiles = new Set([...keep].map((index) => report.inputs[index].policy?.file));
    report.findings = report.findings.filter((finding) => (finding.domain !== null ? domains.has(finding.domain) : finding.file !== null && files.has(finding.file)));
    report.domains = report.domains.filter((domain) => (domain.domain !== null ? domains.has(domain.domain) : policyFiles.has(domain.policyFile ?? undefined)));
    // The summary counts the files read for the domains kept, as a full check does, not the files pre-commit passed.
    const filesRead = new Set();
    for (const index of keep) {
        const input = report.inputs[index];
        for (const file of [input.policy?.file, input.sts?.file, input.tlsrpt?.file]) {
            if (file && !file.startsWith('<'))
                filesRead.add(file);
        }
    }
    for (const finding of report.findings) {
        if (finding.domain === null && finding.file !== null)
            filesRead.add(finding.file);
    }
    report.files = filesRead.size;
}
/**
 * Returns the repository-relative files that a domain's result depends on.
 * These are the policy file, the record sources, the files its findings point
 * at, and every file that characters of a record come from, such as a
 * Terraform variable default or `.tfvars` file that contains the id.
 */
function filesOfDomain(input, result) {
    const files = new Set();
    const add = (file) => {
        if (file)
            files.add(file);
    };
    add(input.policy?.file);
    for (const set of [input.sts, input.tlsrpt]) {
        if (!set)
            continue;
        add(set.file);
        for (const record of set.records) {
            for (const position of record.positions ?? [])
                add(position.file);
        }
        for (const computed of set.computed ?? [])
            add(computed.span.file);
        add(set.cname?.span.file);
    }
    for (const finding of result.findings)
        add(finding.file);
    return files;
}


/***/ }),

/***/ 1923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ lintTree),
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _core_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1400);
/* harmony import */ var _core_lint_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1551);
/* harmony import */ var _adapters_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5790);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(645);
/**
 * The `check` job: lint each policy domain of a tree and return one report.
 * Knows the order of operations; does no printing and never exits the
 * process.
 */




async function runCheck(options) {
    const workspace = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .openWorkspace */ .OH)(options);
    return lintTree(new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkTree */ .Wu(workspace.root, workspace.inGit), workspace, options, options.allowEmpty === true);
}
/** Lints every policy domain found in `tree`. With `allowEmpty`, a tree without policy files gives an empty report. */
async function lintTree(tree, workspace, options, allowEmpty = false) {
    const targets = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .collectTargets */ .r1)(tree, workspace, options, allowEmpty);
    const settings = workspace.config?.rules ?? new Map();
    const domains = targets.map((target) => target.domain).filter((domain) => domain !== null);
    const resolver = new _targets_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordResolver */ .A(tree, [...new Set(domains)]);
    const results = [];
    const inputs = [];
    const summaries = [];
    const policyFiles = new Set();
    for (const target of targets) {
        const input = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDomainInput */ .Nu)(tree, target, resolver, options);
        if (target.cnameHost)
            input.cnameHost = target.cnameHost;
        if (input.policy)
            policyFiles.add(input.policy.file);
        const result = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintDomain */ .QX)(input, settings);
        results.push(result);
        inputs.push(input);
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
        const finding = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .toFinding */ .N6)(orphan.raw, null, orphan.file, settings);
        if (finding)
            findings.push(finding);
    }
    findings.sort(_core_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E);
    return {
        findings,
        domains: summaries,
        results,
        targets,
        inputs,
        files: policyFiles.size + resolver.filesRead.size,
        config: workspace.config,
        root: workspace.root,
    };
}


/***/ }),

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rg: () => (/* binding */ runGate),
/* harmony export */   jw: () => (/* binding */ DEFAULT_HISTORY_DEPTH),
/* harmony export */   nq: () => (/* binding */ readRepositoryHistory),
/* harmony export */   xU: () => (/* binding */ toState)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1400);
/* harmony import */ var _core_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1551);
/* harmony import */ var _core_policy_canonical_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(2340);
/* harmony import */ var _core_revision_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9918);
/* harmony import */ var _adapters_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5729);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2151);
/* harmony import */ var _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5790);
/* harmony import */ var _changed_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4615);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1923);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(645);
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(8835);
/**
 * `check --base REV [--head REV]` and `check --staged`: lint the head, then
 * compare each policy domain between the two revisions with the id gate.
 * Every revision is read with git itself.
 */












/** The default number of commits, counted back from the base, searched for an earlier use of a policy id; one git log reads them all. */
const DEFAULT_HISTORY_DEPTH = 10_000;
async function runGate(options) {
    const workspace = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .openWorkspace */ .OH)(options);
    if (!workspace.inGit) {
        throw new _adapters_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${options.staged ? '--staged' : '--base'} compares git revisions, but \`${workspace.cwd}\` is not in a git repository`);
    }
    const catFile = new _adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .CatFile */ .tK(workspace.root);
    try {
        return await gate(workspace, catFile, options);
    }
    finally {
        catFile.close();
    }
}
async function gate(diskWorkspace, catFile, options) {
    const root = diskWorkspace.root;
    let head;
    let headCommit = null;
    if (options.staged) {
        head = new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .GitTree */ .xn(root, null, catFile);
    }
    else if (options.head) {
        headCommit = await requireCommit(options.head, root, '--head');
        head = new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .GitTree */ .xn(root, headCommit, catFile);
    }
    else {
        head = new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkTree */ .Wu(root, true);
    }
    const workspace = await configAtHead(diskWorkspace, head, options);
    const baseRev = options.staged ? 'HEAD' : options.base;
    const notes = [];
    let baseCommit;
    let baseTree;
    let viaApi = false;
    try {
        baseCommit = options.staged ? await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveCommit */ .WL)('HEAD', root) : await requireCommit(baseRev, root, '--base');
        baseTree = baseCommit === null ? null : new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .GitTree */ .xn(root, baseCommit, catFile);
    }
    catch (error) {
        if (!options.apiFallback || !/^[0-9a-f]{40}$/i.test(baseRev))
            throw error;
        const { ApiTree } = await __nccwpck_require__.e(/* import() */ 804).then(__nccwpck_require__.bind(__nccwpck_require__, 4804));
        baseCommit = baseRev;
        baseTree = new ApiTree(root, { ...options.apiFallback, commit: baseRev });
        viaApi = true;
        notes.push(`git could not fetch the base commit ${baseRev.slice(0, 12)}, so its files were read through the GitHub API; reused ids were not searched in history. Use \`fetch-depth: 0\` for the full check.`);
    }
    // Starting git takes a few milliseconds each time, so the listings load while the diff runs.
    void head.list().catch(() => undefined);
    void baseTree?.list().catch(() => undefined);
    const changes = baseCommit === null || viaApi ? { renames: new Map(), changed: null } : await readChanges(root, baseCommit, options);
    const renames = changes.renames;
    // A head without policy files is valid when the base had some: the gate reports their removal.
    const headWorkspace = baseTree ? await fitConfig(workspace, 'head', head, baseTree, renames) : workspace;
    const report = await (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .lintTree */ .E)(head, headWorkspace, options, true);
    // A commit is judged by what it changes: lint findings of untouched domains do not block it.
    if (options.staged && changes.changed)
        (0,_changed_js__WEBPACK_IMPORTED_MODULE_7__/* .keepChangedDomains */ .f)(report, [...changes.changed]);
    const gateReport = { ...report, base: { rev: baseRev, commit: baseCommit }, headLabel: head.label, needsBump: [], baseIds: new Map(), notes };
    // The first commit of a repository has no base: every domain is new, and new domains have no gate.
    if (baseCommit === null || baseTree === null) {
        if (report.targets.length === 0)
            await (0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .collectTargets */ .r1)(head, workspace, options);
        return gateReport;
    }
    const baseWorkspace = await fitConfig(workspace, 'base', baseTree, head, renames);
    const baseReport = await (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .lintTree */ .E)(baseTree, baseWorkspace, { ...options, paths: [], records: [], tlsrpt: [] }, true);
    // Neither revision has a policy file: raise the usage error that names what to pass.
    if (report.targets.length === 0 && baseReport.targets.length === 0)
        await (0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .collectTargets */ .r1)(head, workspace, options);
    const now = headCommit ? await commitDate(headCommit, root) : new Date();
    const depth = viaApi ? 0 : (options.historyDepth ?? workspace.config?.historyDepth ?? DEFAULT_HISTORY_DEPTH);
    const historyLog = new HistoryLog(root, baseCommit ?? '', depth);
    let shallow;
    const settings = workspace.config?.rules ?? new Map();
    const baseStates = new Map();
    baseReport.results.forEach((result, index) => {
        const input = baseReport.inputs[index];
        const state = toState(result, input);
        baseStates.set(domainKey(result, input, renames), { state, result, input });
        if (result.domain)
            gateReport.baseIds.set(result.domain, state.record?.id ?? null);
    });
    // A policy file moved out of the folder that named its domain keeps the domain it had at the base.
    const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]));
    const baseDomainByPath = new Map(baseReport.results.map((result, index) => [baseReport.inputs[index].policy?.file ?? '', result.domain]));
    const seen = new Set();
    for (const [index, result] of report.results.entries()) {
        const input = report.inputs[index];
        let key = domainKey(result, input, new Map());
        let domain = result.domain;
        const movedFrom = input.policy ? renamedFrom.get(input.policy.file) : undefined;
        if (!domain && movedFrom && baseDomainByPath.get(movedFrom)) {
            domain = baseDomainByPath.get(movedFrom);
            key = `domain:${domain}`;
            notes.push(`\`${movedFrom}\` moved to \`${input.policy.file}\`, which no longer names its policy domain, so it was compared as ${domain}; add a \`domains\` entry to \`.mta-sts-guard.yml\` to keep the domain known.`);
        }
        seen.add(key);
        const base = baseStates.get(key);
        if (!base || !domain)
            continue;
        let headState = toState(result, input);
        if (domain !== result.domain && !headState.record && input.policy) {
            // The head lint knew no domain, so it found no records; read them again for the inherited domain.
            const resolver = new _targets_js__WEBPACK_IMPORTED_MODULE_9__/* .RecordResolver */ .A(head, [domain]);
            const sts = await resolver.resolve({ domain, origin: null }, 'sts');
            const relinted = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintDomain */ .QX)({ domain, policy: input.policy, ...(sts ? { sts } : {}) });
            headState = toState(relinted, { domain, policy: input.policy, ...(sts ? { sts } : {}) });
        }
        const wantsHistory = needsHistory(base.state, headState);
        const history = wantsHistory ? await readHistory(base.input, base.result, historyLog, catFile, root) : [];
        if (wantsHistory && !viaApi && (await (shallow ??= (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isShallow */ .fE)(root)))) {
            notes.push(`this clone is shallow, so the search for an earlier use of policy id \`${headState.record?.id}\` (${domain}) saw only the fetched commits; use \`fetch-depth: 0\` for the full check.`);
        }
        const findings = (0,_core_revision_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRevisions */ .w)({ domain, base: base.state, head: headState, history, now, liveChecked: options.liveChecked === true, staged: options.staged === true });
        for (const { file, raw } of findings) {
            const finding = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .toFinding */ .N6)(raw, domain, file, settings);
            if (finding)
                gateReport.findings.push(finding);
            // A policy with errors gets no new id yet: the id is bumped once, for the fixed policy.
            const policyBroken = result.findings.some((other) => other.severity === 'error' && other.file === input.policy?.file && !other.ruleId.startsWith('STS5'));
            if (raw.ruleId === 'STS501' && raw.messageId.startsWith('idUnchanged') && !policyBroken && !gateReport.needsBump.includes(domain))
                gateReport.needsBump.push(domain);
        }
    }
    // A domain present at the base and gone at the head is a removal.
    for (const [key, base] of baseStates) {
        if (seen.has(key) || !base.result.domain)
            continue;
        const history = await readHistory(base.input, base.result, historyLog, catFile, root);
        const findings = (0,_core_revision_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRevisions */ .w)({ domain: base.result.domain, base: base.state, head: null, history, now, liveChecked: false });
        for (const { file, raw } of findings) {
            const finding = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .toFinding */ .N6)(raw, base.result.domain, file, settings);
            if (finding)
                gateReport.findings.push(finding);
        }
    }
    gateReport.findings.sort(_core_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .E);
    return gateReport;
}
/**
 * Reads the config file from the head revision (or the index with
 * `--staged`), so an uncommitted config cannot change what a commit is
 * judged by. An explicit `--config` file is read from disk as given.
 */
async function configAtHead(workspace, head, options) {
    if (head instanceof _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkTree */ .Wu || options.configPath !== undefined)
        return workspace;
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace.cwd, _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .CONFIG_FILE_NAME */ .a);
    const bytes = await head.read((0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .toTreePath */ .Xe)(workspace, _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .CONFIG_FILE_NAME */ .a));
    if (bytes === null)
        return { ...workspace, config: null };
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(816), __nccwpck_require__.e(152)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9152));
    const shown = `${_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .CONFIG_FILE_NAME */ .a} in ${head.label}`;
    return { ...workspace, config: parseConfig(new TextDecoder().decode(bytes), file, shown) };
}
/** Resolves a revision, fetching it once when a shallow clone lacks it. */
async function requireCommit(rev, root, flag) {
    const found = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveCommit */ .WL)(rev, root);
    if (found)
        return found;
    if (/^[0-9a-f]{7,40}$/i.test(rev) && (await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isShallow */ .fE)(root))) {
        try {
            await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(['fetch', '--no-tags', '--depth=1', 'origin', rev], root);
        }
        catch (error) {
            throw new _adapters_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`${flag} \`${rev}\` is not in this shallow clone and fetching it failed (${error.message}); fetch more history, for example with \`fetch-depth: 0\` in actions/checkout`, { cause: error });
        }
        const fetched = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveCommit */ .WL)(rev, root);
        if (fetched)
            return fetched;
    }
    const shallowHint = (await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isShallow */ .fE)(root)) ? '; this is a shallow clone, so fetch more history, for example with `fetch-depth: 0` in actions/checkout' : '';
    throw new _adapters_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${flag} \`${rev}\` is not a commit in this repository${shallowHint}`);
}
async function commitDate(commit, root) {
    const seconds = Number((await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(['show', '-s', '--format=%ct', commit], root)).trim());
    return Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
}
/** Maps paths at the base to their new names at the head, so renamed policy files keep their history. */
/** Reads the files changed between the base and the head, and the renames among them. */
async function readChanges(root, baseCommit, options) {
    const args = ['diff', '-z', '--name-status', '-M', baseCommit];
    if (options.staged)
        args.splice(1, 0, '--cached');
    if (options.head)
        args.push(options.head);
    const output = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(args, root);
    const fields = output.split('\0');
    const renames = new Map();
    const changed = new Set();
    for (let index = 0; index < fields.length;) {
        const status = fields[index] ?? '';
        if (status.startsWith('R') || status.startsWith('C')) {
            renames.set(fields[index + 1], fields[index + 2]);
            changed.add(fields[index + 1]);
            changed.add(fields[index + 2]);
            index += 3;
        }
        else {
            if (fields[index + 1])
                changed.add(fields[index + 1]);
            index += 2;
        }
    }
    return { renames, changed };
}
/**
 * Fits the config, which is read from the working tree, to one revision.
 * At the base, files renamed since then take their old names, and files
 * that do not exist yet are left out, so a domain or record file added
 * since the base is new there. At the head, files that existed at the base
 * and are gone are left out, so their deletion is reported as a removal
 * (STS505). Any other missing file stays and is an error, as in `check`.
 */
async function fitConfig(workspace, side, tree, other, renames) {
    const config = workspace.config;
    if (!config || config.domains.length === 0)
        return workspace;
    const headToBase = new Map([...renames].map(([from, to]) => [to, from]));
    const fit = async (configured) => {
        const headPath = (0,_adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .treePath */ .ON)(workspace.root, config.root, configured);
        const basePath = headToBase.get(headPath) ?? headPath;
        if (side === 'base')
            return (await tree.read(basePath)) === null ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workspace.root, basePath);
        if ((await tree.read(headPath)) !== null)
            return configured;
        return (await other.read(basePath)) === null ? configured : undefined;
    };
    const domains = [];
    for (const entry of config.domains) {
        const fitted = { domain: entry.domain };
        const policy = entry.policy === undefined ? undefined : await fit(entry.policy);
        if (policy !== undefined)
            fitted.policy = policy;
        for (const kind of ['record', 'tlsrpt']) {
            const source = entry[kind];
            if (!source)
                continue;
            if (!('file' in source)) {
                fitted[kind] = source;
                continue;
            }
            const file = await fit(source.file);
            if (file !== undefined)
                fitted[kind] = { ...source, file };
        }
        domains.push(fitted);
    }
    return { ...workspace, config: { ...config, domains } };
}
/** Keys a domain by name, or by its (renamed) policy path when the name is unknown. */
function domainKey(result, input, renames) {
    if (result.domain)
        return `domain:${result.domain}`;
    const file = input.policy?.file ?? '';
    return `path:${renames.get(file) ?? file}`;
}
/** Extracts what the gate compares from a lint result. */
function toState(result, input) {
    const state = { policy: null, record: null };
    const modeField = result.policy?.fields.find((field) => field.name === 'mode');
    if (result.policy?.parsed && result.canonical && input.policy) {
        state.policy = {
            file: input.policy.file,
            canonical: result.canonical,
            text: new TextDecoder().decode(input.policy.bytes),
            firstLine: 1,
            mode: result.policy.mode ?? result.policy.modeValue,
            maxAge: result.policy.maxAge,
            ...(modeField ? { modeSpan: modeField.valueSpan } : {}),
        };
    }
    const set = input.sts;
    if (!set)
        return state;
    // An unreadable id points at the CNAME or at the expression that computes the value, so the finding has a line.
    if (set.cname) {
        state.record = { file: set.cname.span.file ?? set.file, id: null, idSpan: withoutFile(set.cname.span), unreadable: 'cname' };
        return state;
    }
    const parsed = result.sts.find((record) => record.isSts) ?? result.sts.find((record) => record.idValue !== null);
    if (!parsed) {
        const computed = set.computed?.[0];
        state.record = computed
            ? { file: computed.span.file ?? set.file, id: null, idSpan: withoutFile(computed.span), unreadable: 'computed' }
            : { file: set.file, id: null, idSpan: null, unreadable: 'missing' };
        return state;
    }
    const span = parsed.idSpan;
    const id = parsed.id ?? parsed.idValue;
    // A `v=STSv1` record without an id is ignored by senders, so it counts as missing.
    state.record = { file: span?.file ?? set.file, id, idSpan: span ? withoutFile(span) : null, ...(id === null ? { unreadable: 'missing' } : {}) };
    return state;
}
function withoutFile(span) {
    return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
/** Tells whether the gate needs earlier states, to find a reused id or the longest max_age that senders may still cache after a removal. */
function needsHistory(base, head) {
    const policyRemoved = base.policy !== null && head.policy === null;
    const recordRemoved = Boolean(base.record?.id) && (head.record === null || head.record.unreadable === 'missing');
    if (policyRemoved || recordRemoved)
        return true;
    const headId = head.record?.id;
    return headId !== undefined && headId !== null && headId !== base.record?.id;
}
/**
 * Reads the last `depth` commits reachable from the base once, with the
 * files each touched, so every domain's history search is a lookup instead
 * of a `git log` of its own.
 */
class HistoryLog {
    root;
    baseCommit;
    depth;
    commits;
    constructor(root, baseCommit, depth) {
        this.root = root;
        this.baseCommit = baseCommit;
        this.depth = depth;
    }
    touching(paths) {
        this.commits ??= this.read();
        return this.commits.then((commits) => commits.filter((entry) => paths.some((file) => entry.files.has(file))));
    }
    async read() {
        if (this.depth === 0)
            return [];
        const log = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(['log', '-z', '--format=%x01%H %ct', '--name-only', '-n', String(this.depth), this.baseCommit], this.root);
        const commits = [];
        for (const chunk of log.split('\x01')) {
            if (!chunk)
                continue;
            const [header = '', ...rest] = chunk.split('\n');
            const [commit, seconds] = header.replace(/\0/g, '').split(' ');
            if (!commit || !seconds)
                continue;
            const files = new Set(rest.join('\n').split(/[\0\n]/).filter((file) => file.length > 0));
            commits.push({ commit, seconds: Number(seconds), files });
        }
        return commits;
    }
}
async function readHistory(input, result, history, catFile, root) {
    const policyFile = input.policy?.file;
    const recordFile = input.sts?.file;
    const idFile = result.sts.find((record) => record.idSpan?.file)?.idSpan?.file;
    const paths = [...new Set([policyFile, recordFile, idFile].filter((file) => typeof file === 'string' && !file.startsWith('<')))];
    if (!policyFile || !recordFile || recordFile.startsWith('<'))
        return [];
    const entries = [];
    for (const { commit, seconds } of await history.touching(paths)) {
        const tree = new _adapters_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .GitTree */ .xn(root, commit, catFile);
        const bytes = await tree.read(policyFile);
        if (bytes === null)
            continue;
        const resolver = new _targets_js__WEBPACK_IMPORTED_MODULE_9__/* .RecordResolver */ .A(tree, result.domain ? [result.domain] : []);
        const sts = await resolver.resolve({ domain: result.domain, origin: null, record: { kind: 'file', file: recordFile, format: (0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .guessFormat */ .hI)(recordFile) } }, 'sts').catch(() => undefined);
        const linted = (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintDomain */ .QX)({ domain: result.domain, policy: { file: policyFile, bytes }, ...(sts ? { sts } : {}) });
        const id = linted.sts.find((record) => record.isSts)?.id;
        if (!id || !linted.canonical)
            continue;
        entries.push({ commit, date: new Date(seconds * 1000).toISOString(), id, canonical: (0,_core_policy_canonical_js__WEBPACK_IMPORTED_MODULE_11__/* .canonicalText */ .A4)(linted.canonical) });
    }
    return entries;
}
/**
 * Reads the earlier (id, content) pairs of each domain in the history of
 * HEAD, so the live checks can tell a stale deploy from an edit made on the
 * server. Outside git, or in a repository without commits, the map is empty.
 */
async function readRepositoryHistory(report, depth) {
    const histories = new Map();
    const head = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .findGitRoot */ .ky)(report.root).then((root) => (root ? (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveCommit */ .WL)('HEAD', root) : null));
    if (!head)
        return histories;
    const catFile = new _adapters_git_js__WEBPACK_IMPORTED_MODULE_5__/* .CatFile */ .tK(report.root);
    try {
        const log = new HistoryLog(report.root, head, depth);
        for (const [index, result] of report.results.entries()) {
            if (!result.domain)
                continue;
            histories.set(result.domain, await readHistory(report.inputs[index], result, log, catFile, report.root));
        }
    }
    finally {
        catFile.close();
    }
    return histories;
}


/***/ }),

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ LIVE_DEFAULTS)
/* harmony export */ });
/**
 * Default limits of the live checks. Kept free of imports, so the help text
 * can show them without loading the network adapters.
 */
const LIVE_DEFAULTS = {
    dnsTimeoutMs: 2_000,
    dnsRetries: 2,
    timeoutMs: 15_000,
    deadlineMs: 60_000,
    concurrency: 16,
};


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ RecordResolver),
  Nu: () => (/* binding */ buildDomainInput),
  r1: () => (/* binding */ collectTargets),
  hI: () => (/* binding */ guessFormat),
  OH: () => (/* binding */ openWorkspace),
  Xe: () => (/* binding */ toTreePath)
});

// UNUSED EXPORTS: STDIN_FILE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/record/txt.ts
var txt = __nccwpck_require__(8029);
// EXTERNAL MODULE: ./src/core/sources/types.ts
var types = __nccwpck_require__(4203);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __nccwpck_require__(8835);
// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __nccwpck_require__(5729);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var git = __nccwpck_require__(2151);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
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
            // A split-horizon domain is written `example.com!inside` (DNSControl 3.7 and later); the part after `!` only names the view.
            const domain = literal(first)?.replace(/!.*$/, '');
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
        const owner = nameText === undefined ? { name: ownerPrefix(first), relative: true } : (0,types/* absoluteName */.T)(nameText, origin);
        const valueArg = args[1] ?? [];
        const span = spanOf(token.start, tokens[close]?.end ?? token.end);
        const base = { format: 'dnscontrol', file, owner: owner.name, relative: owner.relative, type: token.text, span, findings: [] };
        if (token.text === 'CNAME') {
            const target = literal(valueArg);
            if (target !== undefined)
                records.push({ ...base, target: (0,types/* absoluteName */.T)(target, origin).name });
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
        // A flush heredoc (`<<-`) drops the smallest indentation of its non-empty lines from every line, counting spaces and tabs alike.
        const indent = header[1] === '-' ? smallestIndent(text.slice(bodyStart, bodyEnd)) : 0;
        const parts = [];
        let literal = '';
        let positions = [];
        for (let offset = bodyStart; offset < bodyEnd;) {
            if (indent > 0 && (offset === bodyStart || text[offset - 1] === '\n')) {
                let skipped = 0;
                while (skipped < indent && offset < bodyEnd && (text[offset] === ' ' || text[offset] === '\t')) {
                    offset++;
                    skipped++;
                }
                if (offset >= bodyEnd)
                    break;
            }
            const char = text[offset];
            if ((char === '$' || char === '%') && text[offset + 1] === char && text[offset + 2] === '{') {
                literal += `${char}{`;
                positions.push(this.position(offset), this.position(offset + 2));
                offset += 3;
                continue;
            }
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
/** Returns the smallest number of leading spaces and tabs over the non-empty lines of a heredoc body. */
function smallestIndent(body) {
    let smallest = Infinity;
    for (const line of body.split('\n')) {
        const content = line.replace(/\r$/, '');
        if (content.length === 0)
            continue;
        smallest = Math.min(smallest, /^[ \t]*/.exec(content)[0].length);
    }
    return smallest === Infinity ? 0 : smallest;
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
    azurerm_dns_txt_record: { name: ['name'], value: [], nested: { block: 'record', attribute: 'value' }, zone: 'zone_name', presentation: false },
    google_dns_record_set: { name: ['name'], value: ['rrdatas'], type: 'type', presentation: true },
    digitalocean_record: { name: ['name'], value: ['value'], type: 'type', zone: 'domain', presentation: false },
    desec_rrset: { name: ['subname'], value: ['records'], type: 'type', zone: 'domain', presentation: true },
    hetznerdns_record: { name: ['name'], value: ['value'], type: 'type', presentation: true },
    dnsimple_zone_record: { name: ['name'], value: ['value'], type: 'type', zone: 'zone_name', presentation: false },
    dnsimple_record: { name: ['name'], value: ['value'], type: 'type', zone: 'domain', presentation: false },
    ovh_domain_zone_record: { name: ['subdomain'], value: ['target'], type: 'fieldtype', zone: 'zone', presentation: true },
    gandi_livedns_record: { name: ['name'], value: ['values'], type: 'type', zone: 'zone', presentation: true },
    linode_domain_record: { name: ['name'], value: ['target'], type: 'record_type', presentation: false },
    vultr_dns_record: { name: ['name'], value: ['data'], type: 'type', zone: 'domain', presentation: true },
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
    const zoneExpr = shape.zone ? block.attributes.get(shape.zone) : undefined;
    const owner = inZone(resolveOwner(nameExpr, module), zoneExpr, module);
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
 * Resolves a record name, following variables and locals with literal
 * values, so `"_mta-sts.${var.domain}"` can become a full name. Only
 * `_mta-sts.<domain>` and `_smtp._tls.<domain>` are taken as full names.
 * Any other name, and the literal prefix of a computed one, is relative to
 * a zone this reader cannot know.
 */
function resolveOwner(expr, module) {
    const resolved = resolveString(expr, module, 0);
    if ('chars' in resolved) {
        const text = resolved.chars.toLowerCase().replace(/\.$/, '');
        const isFull = /^(_mta-sts|_smtp\._tls)\.[a-z0-9-]+\.[a-z0-9.-]+$/.test(text);
        return { name: text, relative: !isFull, complete: true };
    }
    const first = expr.kind === 'string' ? expr.parts[0] : undefined;
    if (first && 'literal' in first) {
        return { name: first.literal.toLowerCase().replace(/\.$/, ''), relative: true, complete: false };
    }
    return { name: '', relative: true, complete: false };
}
/** Joins a complete relative name to the zone named by a literal zone attribute, such as `zone_name = "example.com"`. The names `@` and `""` are the zone itself. */
function inZone(owner, zoneExpr, module) {
    if (!owner.relative || !owner.complete || !zoneExpr)
        return owner;
    const zone = resolveString(zoneExpr, module, 0);
    if (!('chars' in zone))
        return owner;
    const zoneName = zone.chars.toLowerCase().replace(/\.$/, '');
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(zoneName))
        return owner;
    const name = owner.name === '@' || owner.name === '' ? zoneName : `${owner.name}.${zoneName}`;
    return { name, relative: false, complete: true };
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
    const local = { chars: resolved.chars, positions: resolved.positions.map((position) => positionInFile(position, file)) };
    const record = presentation && local.chars.startsWith('"') ? splitPresentation(local) : undefined;
    return {
        ...base,
        record: record ?? { strings: [local.chars], explicitStrings: false, positions: [...local.positions, endPosition(local.positions, span)] },
    };
}
/** Keeps `file` off spans in the record's own file, so findings name the file once. */
function spanInFile(span, file) {
    const { file: spanFile, ...rest } = span;
    return spanFile === file ? rest : span;
}
/** Keeps `file` only on positions in another file than the record's, such as a tfvars value. */
function positionInFile(position, file) {
    const { file: positionFile, ...rest } = position;
    return positionFile === file ? rest : position;
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
    if (expr.kind === 'other' && /^(?:0|[1-9][0-9]*)$/.test(expr.text)) {
        // Terraform turns a whole number into its decimal digits where a string is needed, as in `policy_id = 20240501`.
        const positions = [...expr.text].map((_digit, offset) => ({ ...positionOf(expr.span), column: expr.span.column + offset }));
        return { chars: expr.text, positions };
    }
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
function positionOf(span) {
    return span.file === undefined ? { line: span.line, column: span.column } : { line: span.line, column: span.column, file: span.file };
}
function resolveReference(path, module, depth) {
    const [root, name] = path;
    const text = path.join('.');
    if (path.length !== 2 || !name)
        return { computed: `\${${text}}` };
    let target;
    if (root === 'var')
        target = module.variables.get(name);
    if (root === 'local')
        target = module.locals.get(name);
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
            // Comments are left out, so `; contact <hostmaster@example.com>` does not make the record look like a template.
            let source = '';
            let from = entryStart;
            for (const comment of entry.comments) {
                source += text.slice(from, comment.start);
                from = comment.end;
            }
            entry.source = source + text.slice(from, offset);
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
            entry.comments.push({ text: text.slice(offset + 1, stop).replace(/\r$/, ''), ...position(offset), afterToken: entry.tokens.length, start: offset, end: stop });
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
                currentOrigin = (0,types/* absoluteName */.T)(entry.tokens[1].text, currentOrigin).name;
            }
            continue;
        }
        let index = 0;
        let owner = previousOwner;
        if (!entry.ownerOmitted) {
            owner = (0,types/* absoluteName */.T)(first.text, currentOrigin);
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
            // A template's tokens are not reliable, so the type is found by name. A templated owner is cut to its literal start, which stays relative.
            const templateType = /\s(TXT|CNAME)\s/i.exec(entry.source)?.[1]?.toUpperCase();
            const ownerIsTemplate = !entry.ownerOmitted && TEMPLATE.test(first.raw);
            const literalOwner = ownerIsTemplate ? { name: first.raw.split(TEMPLATE)[0].toLowerCase().replace(/\.+$/, ''), relative: true } : owner;
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
            records.push({ format: 'zone', file, owner: owner.name, relative: owner.relative, type, target: (0,types/* absoluteName */.T)(data[0].text, currentOrigin).name, span, findings: [] });
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

// EXTERNAL MODULE: ./src/core/record/presentation.ts
var presentation = __nccwpck_require__(6677);
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
 * and `dig` or `host` output with a quoted value are read from the quote.
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
            const parsed = (0,presentation/* parseCharacterStrings */.X)(content, { line: index + 1, column: indent + 1, semicolonComments: false });
            if (parsed.unterminatedAt < 0) {
                records.push(parsed.record);
                continue;
            }
        }
        records.push((0,txt/* txtRecordFromValue */.nE)(line, index + 1, 1));
    }
    return records;
}
function toPosix(file) {
    return file.split(path.sep).join('/');
}

;// CONCATENATED MODULE: ./src/adapters/sources/octodns-name.ts
/** Returns the zone name an octoDNS file is for: its file name without `.yaml`. */
function octodnsZoneName(file) {
    const base = file.split('/').pop() ?? '';
    const match = /^(.+\.[A-Za-z0-9-]+)\.ya?ml$/.exec(base);
    return match ? match[1].toLowerCase() : null;
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
        case 'octodns': {
            // The YAML library is loaded only when an octoDNS file is found, because it slows every start-up.
            const { readOctodns } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(899)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7899));
            return readOctodns(text, file, octodnsZoneName(file));
        }
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
/** Reads the `.tf` and `.tfvars` files in the folder of `file`, which form one Terraform module. */
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
            // `require_glob('./zones/')` names a folder with a trailing slash, which the prefix match below must not double.
            const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), required)).replace(/\/+$/, '');
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
        const interesting = (0,types/* ownerKind */.k)(record.owner) !== undefined || (record.record !== undefined && /^\s*"?v=(STSv1|TLSRPTv1)/i.test((0,txt/* joinTxt */.vc)(record.record)));
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
        const kind = (0,types/* ownerKind */.k)(record.owner);
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
                candidates = unzoned.filter((record) => (0,types/* ownerKind */.k)(record.owner)?.kind === kind && (0,types/* ownerKind */.k)(record.owner)?.domain === '');
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
/** Reports `v=STSv1` and `v=TLSRPTv1` records published at names that senders and reporters never query. */
function checkMisplaced(record, findings) {
    if (!record.record || record.relative)
        return;
    const value = (0,txt/* joinTxt */.vc)(record.record).trimStart().replace(/^"/, '');
    if (value.startsWith('v=STSv1')) {
        findings.push({ file: record.file, raw: { ruleId: 'STS325', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_mta-sts.${record.owner}` }, span: record.span } });
    }
    else if (value.startsWith('v=TLSRPTv1')) {
        const domain = record.owner.replace(/^_smtp\._tcp\./, '').replace(/^_tls\./, '');
        findings.push({ file: record.file, raw: { ruleId: 'STS412', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_smtp._tls.${domain}` }, span: record.span } });
    }
}

// EXTERNAL MODULE: ./src/adapters/tree.ts
var adapters_tree = __nccwpck_require__(5790);
// EXTERNAL MODULE: ./src/adapters/workspace.ts
var adapters_workspace = __nccwpck_require__(1841);
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
    const gitRoot = await (0,git/* findGitRoot */.ky)(cwd);
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
    return (0,adapters_tree/* treePath */.ON)(workspace.root, workspace.cwd, given) || '.';
}
function sourceFromConfig(source, workspace) {
    if ('value' in source) {
        return { kind: 'values', values: Array.isArray(source.value) ? source.value : [source.value], origin: 'config' };
    }
    const file = (0,adapters_tree/* treePath */.ON)(workspace.root, workspace.config.root, source.file);
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
async function collectTargets(tree, workspace, options, allowEmpty = false) {
    const targets = [];
    const claimed = new Set();
    const config = workspace.config;
    for (const entry of config?.domains ?? []) {
        const target = { domain: entry.domain, origin: 'config' };
        if (entry.policy) {
            target.policy = (0,adapters_tree/* treePath */.ON)(workspace.root, config.root, entry.policy);
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
    if (targets.length === 0 && !hasRecordFlags && !allowEmpty) {
        const where = options.paths.length > 0 ? options.paths.map((given) => `\`${given}\``).join(', ') : tree.label;
        throw new errors/* UsageError */.eb(`no MTA-STS policy file (\`mta-sts.txt\`) found in ${where}; pass the policy file's path, list the domain in \`.mta-sts-guard.yml\`, or check records alone with \`--record\`/\`--tlsrpt\``);
    }
    return targets;
}
/**
 * Applies `--domain`. With one policy file it names that file's domain.
 * With several it names only the files whose domain is otherwise unknown,
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
    const found = (0,types/* ownerKind */.k)(record.owner);
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
        // Repeated values get their own line number: the second --record value is line 2.
        records: spec.values.map((value, index) => (0,txt/* txtRecordFromValue */.nE)(value, index + 1)),
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
        if (bytes === null) {
            const from = target.origin === 'config' ? ` named by \`policy\` for ${target.domain} in the config file` : '';
            throw new errors/* InputError */.dz(`cannot read policy file \`${target.policy}\`${from}: no such file in ${tree.label}`);
        }
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


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8899);

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

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ LIVE_FLAGS),
/* harmony export */   R_: () => (/* binding */ LIVE_FLAG_NAMES),
/* harmony export */   Rn: () => (/* binding */ LIVE_HELP)
/* harmony export */ });
/* harmony import */ var _app_live_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9520);
/**
 * The flags shared by `inspect` and `check --live`, and their help. Apart
 * from the rest of the live checks, so that `check` without `--live` starts
 * without loading the network adapters.
 */

const LIVE_FLAGS = {
    resolver: { type: 'string', multiple: true },
    'connect-to': { type: 'string', multiple: true },
    'ca-file': { type: 'string', multiple: true },
    'allow-private': { type: 'boolean' },
    smtp: { type: 'boolean' },
    concurrency: { type: 'string' },
    shard: { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
};
const LIVE_FLAG_NAMES = Object.keys(LIVE_FLAGS);
const LIVE_HELP = `Live check options:
  --resolver ADDRESS[:PORT]  IP address of a DNS server to query, such as
                             9.9.9.9 or [::1]:5353 (repeatable; default: the
                             system's, from /etc/resolv.conf).
  --connect-to HOST:PORT:ADDRESS:PORT
                             Connect to ADDRESS:PORT instead when a check
                             connects to HOST:PORT, keeping HOST for SNI and the
                             certificate check (curl's meaning; repeatable).
                             Use it to check a new server before the DNS
                             change, such as
                             mta-sts.example.com:443:192.0.2.10:443.
  --ca-file FILE             Also trust the CA certificates in this PEM file
                             (repeatable).
  --allow-private            Connect to loopback, private and link-local
                             addresses that DNS returns (refused by default).
  --smtp                     Also connect to each MX host on port 25 and check
                             STARTTLS and its certificate.
  --concurrency N            Domains checked at once (default: ${_app_live_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LIVE_DEFAULTS */ .w.concurrency}).
  --shard I/N                Check only the I-th of N equal parts of the
                             domains, for a CI matrix.
  --timeout SECONDS          Limit for one HTTPS fetch or SMTP probe
                             (default: ${_app_live_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LIVE_DEFAULTS */ .w.timeoutMs / 1000}); one DNS query waits at most
                             ${_app_live_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LIVE_DEFAULTS */ .w.dnsTimeoutMs / 1000} s, or this limit when it is shorter.
  --deadline SECONDS         Limit for all checks of one domain (default: ${_app_live_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .LIVE_DEFAULTS */ .w.deadlineMs / 1000}).
`;


/***/ }),

/***/ 8899:
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/policy/canonical.ts
var policy_canonical = __nccwpck_require__(2340);
;// CONCATENATED MODULE: ./src/core/policy/hash.ts
/**
 * The content-hash policy id scheme. Kept apart from the canonical form so
 * that commands which never hash do not load node:crypto at start-up.
 */


/** Returns the first 32 hex characters of SHA-256 over the canonical text: an id that changes exactly when the content does. */
function contentHashId(canonical) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,policy_canonical/* canonicalText */.A4)(canonical), 'utf8').digest('hex').slice(0, 32);
}

// EXTERNAL MODULE: ./src/adapters/errors.ts
var errors = __nccwpck_require__(5729);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var git = __nccwpck_require__(2151);
// EXTERNAL MODULE: ./src/adapters/tree.ts
var tree = __nccwpck_require__(5790);
// EXTERNAL MODULE: ./src/adapters/workspace.ts
var workspace = __nccwpck_require__(1841);
// EXTERNAL MODULE: ./src/app/check.ts
var check = __nccwpck_require__(1923);
// EXTERNAL MODULE: ./src/app/gate.ts
var gate = __nccwpck_require__(1340);
// EXTERNAL MODULE: ./src/app/targets.ts + 7 modules
var targets = __nccwpck_require__(645);
;// CONCATENATED MODULE: ./src/app/bump.ts
/**
 * `bump`: writes a new policy id into the record source where it lives,
 * changing only the id's characters. All files are written, or none.
 */











/** Formats a UTC timestamp id: `YYYYMMDDhhmmss`. */
function timestampId(date) {
    return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
async function runBump(options) {
    const checkOptions = {
        cwd: options.cwd,
        paths: [],
        records: [],
        tlsrpt: [],
        ...(options.configPath ? { configPath: options.configPath } : {}),
        ...(options.domain ? { domain: options.domain } : {}),
    };
    const workspace = await (0,targets/* openWorkspace */.OH)(checkOptions);
    const scheme = options.scheme ?? workspace.config?.idScheme ?? 'timestamp';
    const report = await (0,check/* lintTree */.E)(new tree/* WorkTree */.Wu(workspace.root, workspace.inGit), workspace, checkOptions, true);
    const staged = options.contentFromIndex ? await stagedCanonicals(workspace, checkOptions) : undefined;
    const wanted = new Set(options.domains.map((domain) => domain.toLowerCase().replace(/\.$/, '')));
    const known = new Set(report.results.map((result) => result.domain).filter((domain) => domain !== null));
    for (const domain of wanted) {
        if (!known.has(domain))
            throw new errors/* UsageError */.eb(`no policy domain \`${domain}\` found; the domains found are ${[...known].map((name) => `\`${name}\``).join(', ') || 'none'}`);
    }
    const result = { scheme, edits: [], skipped: [], unchanged: [], root: workspace.root, written: false, zoneFiles: [] };
    const now = options.now ?? new Date();
    for (const [index, linted] of report.results.entries()) {
        const domain = linted.domain;
        if (!domain || (wanted.size > 0 && !wanted.has(domain)))
            continue;
        const input = report.inputs[index];
        const state = (0,gate/* toState */.xU)(linted, input);
        const record = state.record;
        if (!record || !input.sts) {
            result.skipped.push({ domain, reason: 'no `_mta-sts` record source was found; name it in `.mta-sts-guard.yml`' });
            continue;
        }
        if (record.unreadable === 'cname') {
            result.skipped.push({ domain, reason: `\`_mta-sts.${domain}\` is a CNAME, so the id lives at its target` });
            continue;
        }
        if (!record.unreadable && record.id !== null && (!record.file || record.file.startsWith('<'))) {
            result.skipped.push({ domain, reason: 'the record is given as a `value` in the config file, so change its id there' });
            continue;
        }
        if (record.unreadable || record.id === null || !record.idSpan || !record.file || record.file.startsWith('<')) {
            result.skipped.push({ domain, reason: record.unreadable === 'computed' ? 'the id is computed when the configuration is applied; change it where it is computed' : 'no literal policy id was found to replace' });
            continue;
        }
        let newId;
        if (scheme === 'hash') {
            const canonical = staged ? staged.get(domain) : linted.canonical;
            if (!canonical) {
                result.skipped.push({ domain, reason: 'the hash scheme needs a readable policy file' });
                continue;
            }
            newId = contentHashId(canonical);
        }
        else {
            newId = timestampId(now);
            // Two bumps within one second must still give a new id.
            if (newId === record.id)
                newId = timestampId(new Date(now.getTime() + 1000));
        }
        if (newId === record.id) {
            result.unchanged.push(domain);
            continue;
        }
        // Domains can share one id, such as a Terraform variable used for every domain; that place is written once.
        const shared = result.edits.find((edit) => edit.file === record.file && edit.line === record.idSpan.line && edit.column === record.idSpan.column);
        if (shared) {
            if (shared.newId !== newId) {
                throw new errors/* GuardError */.U$(`${shared.domain} and ${domain} share the policy id at ${record.file}:${record.idSpan.line}:${record.idSpan.column}, so one content hash cannot fit both; run \`mta-sts-guard bump --scheme timestamp\`, or give each domain its own id`, 'BUMP_FAILED');
            }
            shared.domain = `${shared.domain}, ${domain}`;
            continue;
        }
        result.edits.push({ domain, file: record.file, line: record.idSpan.line, column: record.idSpan.column, oldId: record.id, newId });
    }
    // A dry run checks the same things as a real run, so it never promises an edit that would fail.
    const planned = await planEdits(workspace.root, result.edits);
    result.zoneFiles = [...new Set(result.edits.map((edit) => edit.file).filter((file) => (0,targets/* guessFormat */.hI)(file) === 'zone'))];
    if (!options.dryRun && planned.length > 0) {
        await writePlanned(planned);
        result.written = true;
    }
    return result;
}
/** Reads the canonical policy of each domain from the index, for hashing what is about to be committed. */
async function stagedCanonicals(workspace, checkOptions) {
    const catFile = new git/* CatFile */.tK(workspace.root);
    try {
        const report = await (0,check/* lintTree */.E)(new tree/* GitTree */.xn(workspace.root, null, catFile), workspace, checkOptions, true);
        const canonicals = new Map();
        for (const linted of report.results) {
            if (linted.domain && linted.canonical)
                canonicals.set(linted.domain, linted.canonical);
        }
        return canonicals;
    }
    finally {
        catFile.close();
    }
}
/** Returns the offset of a 1-based line and UTF-16 column, counting LF, CRLF and bare CR as line ends. */
function offsetOf(text, line, column) {
    let offset = 0;
    for (let current = 1; current < line; current++) {
        const next = text.slice(offset).search(/\r\n|\n|\r/);
        if (next < 0)
            return -1;
        offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
    }
    return offset + column - 1;
}
/**
 * Computes the new content of each file, checking that the file contains the
 * old id, written literally, at each place. Throws before anything is written.
 */
async function planEdits(root, edits) {
    const byFile = new Map();
    for (const edit of edits)
        byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
    const planned = [];
    for (const [file, fileEdits] of byFile) {
        const absolute = external_node_path_default().resolve(root, file);
        const original = await (0,promises_.readFile)(absolute).catch((error) => {
            throw new errors/* GuardError */.U$(`cannot read \`${file}\` to bump the id: ${(0,workspace/* describeFsError */.TQ)(error)}`, 'BUMP_FAILED', { cause: error });
        });
        let text = original.toString('utf8');
        const sorted = [...fileEdits].sort((a, b) => b.line - a.line || b.column - a.column);
        for (const edit of sorted) {
            const offset = offsetOf(text, edit.line, edit.column);
            if (offset < 0 || text.slice(offset, offset + edit.oldId.length) !== edit.oldId) {
                throw new errors/* GuardError */.U$(`the id \`${edit.oldId}\` of ${edit.domain} at ${file}:${edit.line}:${edit.column} is not written as one piece (split across TXT strings, or written with escapes), so it cannot be replaced in place; change it by hand to \`${edit.newId}\``, 'BUMP_FAILED');
            }
            text = text.slice(0, offset) + edit.newId + text.slice(offset + edit.oldId.length);
        }
        planned.push({ file: absolute, original, updated: text, temporary: external_node_path_default().join(external_node_path_default().dirname(absolute), `.${external_node_path_default().basename(absolute)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`) });
    }
    return planned;
}
/**
 * Writes every file to a temporary name first and renames them all only
 * when every write succeeded. A failed rename restores the files already
 * replaced, so the edits land in all files or none.
 */
async function writePlanned(planned) {
    try {
        for (const plan of planned)
            await (0,promises_.writeFile)(plan.temporary, plan.updated);
    }
    catch (error) {
        await removeTemporaryFiles(planned);
        throw new errors/* GuardError */.U$(`cannot write the new ids, so no file was changed: ${(0,workspace/* describeFsError */.TQ)(error)}`, 'BUMP_FAILED', { cause: error });
    }
    const done = [];
    try {
        for (const plan of planned) {
            await (0,promises_.rename)(plan.temporary, plan.file);
            done.push(plan);
        }
    }
    catch (error) {
        for (const plan of done)
            await (0,promises_.writeFile)(plan.file, plan.original).catch(() => undefined);
        await removeTemporaryFiles(planned);
        throw new errors/* GuardError */.U$(`cannot replace the files with new ids, so the changes were undone: ${(0,workspace/* describeFsError */.TQ)(error)}`, 'BUMP_FAILED', { cause: error });
    }
}
/** Removes the temporary files of a failed write, ignoring errors, so a failed removal (such as ENAMETOOLONG) never hides the error being reported. */
async function removeTemporaryFiles(planned) {
    await Promise.all(planned.map((plan) => (0,promises_.rm)(plan.temporary, { force: true }).catch(() => undefined)));
}

// EXTERNAL MODULE: ./src/app/changed.ts
var changed = __nccwpck_require__(4615);
;// CONCATENATED MODULE: ./src/app/install-hook.ts
/**
 * `install-hook`: writes a git pre-commit hook that runs the staged check,
 * for repositories that do not use the pre-commit framework.
 */




/** Marks hooks this command wrote, so it can replace its own hook without --force. */
const HOOK_MARKER = '# Written by mta-sts-guard install-hook.';
/** Quotes a word for a POSIX shell, leaving plain paths unquoted. */
function quoteShell(value) {
    return /^[A-Za-z0-9_./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/** Returns the shell command that runs the staged check, without `exec` or arguments. */
function hookCommand(options) {
    return `${quoteShell(options.node)} ${quoteShell(options.script)} check --staged${options.fix ? ' --fix' : ''}`;
}
function hookText(options) {
    return [
        '#!/bin/sh',
        HOOK_MARKER,
        '# It lints the staged MTA-STS policy files and records, and fails a commit that',
        '# changes a policy without a new policy id. Remove this file to turn it off.',
        `exec ${hookCommand(options)} "$@"`,
        '',
    ].join('\n');
}
/** Returns true when `file` is `folder` or lies inside it. */
function isInside(file, folder) {
    const relative = external_node_path_default().relative(folder, file);
    return relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}
async function installHook(options) {
    const text = hookText(options);
    if (options.print)
        return { file: null, text, replaced: false };
    const root = await (0,git/* findGitRoot */.ky)(options.cwd);
    if (!root)
        throw new errors/* UsageError */.eb(`\`${options.cwd}\` is not in a git repository; run install-hook inside the repository, or use --print`);
    // Respects core.hooksPath and worktrees, which a fixed .git/hooks path would not.
    const [hooksPath = 'hooks', commonDir = '.git'] = (await (0,git/* runGit */.EO)(['rev-parse', '--git-path', 'hooks', '--git-common-dir'], root)).split('\n');
    const hooks = external_node_path_default().resolve(root, hooksPath);
    const file = external_node_path_default().join(hooks, 'pre-commit');
    const displayPath = external_node_path_default().relative(options.cwd, file) || file;
    // A line for users who keep their own hook: unlike the hook's `exec` line, it lets the lines after it run.
    const ownHookLine = `${hookCommand(options)} || exit 1`;
    // A core.hooksPath outside the repository, such as one set in ~/.gitconfig, is shared with other repositories,
    // and there `check --staged` would fail every commit for lack of a policy file.
    if (!isInside(hooks, root) && !isInside(hooks, external_node_path_default().resolve(root, commonDir)) && !options.force) {
        throw new errors/* UsageError */.eb(`the hooks folder ${hooks} (core.hooksPath) is outside this repository, so other repositories may run its hooks too; add the line \`${ownHookLine}\` to a hook that only this repository runs, or pass --force to write ${file}`);
    }
    let existing;
    try {
        existing = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new errors/* GuardError */.U$(`cannot read the existing hook ${displayPath}: ${error.message}`, 'HOOK_UNREADABLE', { cause: error });
        }
        existing = null;
    }
    if (existing !== null && !existing.includes(HOOK_MARKER) && !options.force) {
        throw new errors/* UsageError */.eb(`${displayPath} already exists and was not written by mta-sts-guard; add the line \`${ownHookLine}\` to it before any \`exit\` or \`exec\` line, or pass --force to replace it`);
    }
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await (0,promises_.mkdir)(hooks, { recursive: true });
        await (0,promises_.writeFile)(temporary, text);
        await (0,promises_.chmod)(temporary, 0o755);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw new errors/* GuardError */.U$(`cannot write ${file}: ${error.message}`, 'HOOK_UNWRITABLE', { cause: error });
    }
    return { file, text, replaced: existing !== null };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __nccwpck_require__(2794);
// EXTERNAL MODULE: ./src/report/meta.ts + 1 modules
var meta = __nccwpck_require__(9998);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __nccwpck_require__(7994);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: ./src/core/diagnostic.ts
var diagnostic = __nccwpck_require__(1400);
// EXTERNAL MODULE: ./src/cli/live-flags.ts
var live_flags = __nccwpck_require__(5428);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command-line interface. `main` parses arguments, runs one command and
 * resolves to the exit status; all I/O goes through `CliIo` so tests can
 * run it in-process.
 */




















/** Exit statuses, as documented in the README. */
const EXIT = { ok: 0, findings: 1, error: 2 };
const HELP = `Usage: ${meta/* TOOL_NAME */.lH} <command> [options]

Commands:
  check [PATH...]     Lint MTA-STS policy files and _mta-sts / _smtp._tls records;
                      with --base or --staged, also check that every policy
                      change comes with a new policy id.
  bump [DOMAIN...]    Write a new policy id into the record source of each domain.
  inspect DOMAIN...   Show what senders see for a domain: its records, the
                      served policy, the certificate and MX coverage.
  install-hook        Write a git pre-commit hook that runs check --staged.

Run '${meta/* TOOL_NAME */.lH} <command> --help' for the options of a command.
Exit status: 0 nothing at the fail level, 1 findings at the fail level, 2 usage,
config or internal error.
`;
const CHECK_HELP = `Usage: ${meta/* TOOL_NAME */.lH} check [PATH...] [options]

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
  --base REV                 Compare each policy domain with revision REV (the
                             id gate): a policy change needs a new policy id.
  --head REV                 The revision to check against --base (default:
                             the working tree).
  --staged                   Compare the staged files with HEAD (pre-commit).
  --fix                      With --staged: write a new id for each domain whose
                             policy changed without one, exit 1 and print the
                             git add command that stages it.
  --history-depth N          How many of the latest commits reachable from the
                             base are searched for an earlier use of a new id
                             (default: 10000, or history-depth in the config).
  --changed                  Take PATHs as changed files (as pre-commit passes
                             them) and lint every policy domain whose policy
                             file, record source or id file is among them.
  --live                     Also compare each policy domain with what senders
                             see: DNS, the policy host and the MX hosts (see
                             the live check options below).
  --quiet                    Print only findings at the fail level.
  --no-color                 Never color the output (also: NO_COLOR=1).
  --debug                    Print stack traces for internal errors.
  -h, --help                 Show this help.
  -v, --version              Print the version.

${live_flags/* LIVE_HELP */.Rn}`;
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
        io.stdout.write(`${meta/* TOOL_VERSION */.wr}\n`);
        return EXIT.ok;
    }
    if (command === 'check')
        return runCheckCommand(rest, io);
    if (command === 'bump')
        return runBumpCommand(rest, io);
    if (command === 'install-hook')
        return runInstallHookCommand(rest, io);
    if (command === 'inspect') {
        // The live checks load the network adapters, which `check` alone does not need at start-up.
        const { runInspect } = await Promise.all(/* import() */[__nccwpck_require__.e(459), __nccwpck_require__.e(843)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7843));
        return runInspect(rest, io, {
            oneOf,
            color: wantsColor(io),
            write: async (file, text) => {
                if (file === undefined) {
                    if (text.length > 0)
                        io.stdout.write(`${text}\n`);
                    return;
                }
                const resolved = external_node_path_default().resolve(io.cwd, file);
                await checkOutputPath(resolved, file, []);
                await writeAtomically(resolved, file, `${text}\n`);
            },
        });
    }
    const hint = command.startsWith('-') || command.includes('/') || command.endsWith('.txt') ? `; did you mean \`${meta/* TOOL_NAME */.lH} check ${command}\`?` : '';
    throw new errors/* UsageError */.eb(`unknown command \`${command}\`${hint} (run \`${meta/* TOOL_NAME */.lH} --help\`)`);
}
const CHECK_FLAGS = ['format', 'output', 'fail-on', 'config', 'domain', 'record', 'tlsrpt', 'base', 'head', 'staged', 'fix', 'changed', 'history-depth', 'live', 'quiet', 'no-color', 'debug', 'help', 'version', ...live_flags/* LIVE_FLAG_NAMES */.R_];
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
            throw new errors/* UsageError */.eb(`unknown option \`${flag}\`${near ? `; did you mean \`--${near}\`?` : ''} (run \`${meta/* TOOL_NAME */.lH} check --help\`)`, { cause: error });
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
            throw new errors/* UsageError */.eb(`option \`${flag}\` needs a value (run \`${meta/* TOOL_NAME */.lH} check --help\`)`, { cause: error });
        }
        throw new errors/* UsageError */.eb(`${error.message.replace(/^TypeError \[[A-Z_]+\]: /, '')} (run \`${meta/* TOOL_NAME */.lH} check --help\`)`, { cause: error });
    }
}
function parseCheckArgs(args) {
    return (0,external_node_util_.parseArgs)({
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
            base: { type: 'string' },
            head: { type: 'string' },
            staged: { type: 'boolean' },
            fix: { type: 'boolean' },
            changed: { type: 'boolean' },
            'history-depth': { type: 'string' },
            live: { type: 'boolean' },
            ...live_flags/* LIVE_FLAGS */.H8,
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
        io.stdout.write(`${meta/* TOOL_VERSION */.wr}\n`);
        return EXIT.ok;
    }
    const format = oneOf('--format', values.format ?? 'text', FORMATS);
    const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_LEVELS);
    const outputFile = values.output === undefined ? undefined : external_node_path_default().resolve(io.cwd, values.output);
    if (outputFile)
        await checkOutputPath(outputFile, values.output, positionals.map((given) => external_node_path_default().resolve(io.cwd, given)));
    if (values.staged && (values.base !== undefined || values.head !== undefined)) {
        throw new errors/* UsageError */.eb('--staged compares the index with HEAD, so it cannot be combined with --base or --head');
    }
    if (values.head !== undefined && values.base === undefined)
        throw new errors/* UsageError */.eb('--head needs --base');
    if (values.fix && !values.staged)
        throw new errors/* UsageError */.eb('--fix works with --staged (the pre-commit gate); to change ids yourself, run `mta-sts-guard bump`');
    const historyDepth = values['history-depth'] === undefined ? undefined : Number(values['history-depth']);
    if (historyDepth !== undefined && !(Number.isInteger(historyDepth) && historyDepth >= 0)) {
        throw new errors/* UsageError */.eb(`--history-depth \`${values['history-depth']}\` is invalid; expected a number of commits, such as 10000`);
    }
    if (values.changed && (values.base !== undefined || values.staged))
        throw new errors/* UsageError */.eb('--changed lints changed files; it cannot be combined with --base or --staged');
    const liveFlag = live_flags/* LIVE_FLAG_NAMES */.R_.find((name) => values[name] !== undefined);
    if (liveFlag && !values.live)
        throw new errors/* UsageError */.eb(`--${liveFlag} is a live check option; add --live to run the live checks`);
    const live = values.live ? await Promise.all(/* import() */[__nccwpck_require__.e(459), __nccwpck_require__.e(843)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7843)) : undefined;
    const liveOptions = live ? await live.liveOptionsFrom(values, io.cwd) : undefined;
    const checkOptions = {
        cwd: io.cwd,
        paths: values.changed ? [] : positionals,
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        ...(values.config === undefined ? {} : { configPath: values.config }),
        ...(values.domain === undefined ? {} : { domain: values.domain }),
        records: values.record ?? [],
        tlsrpt: values.tlsrpt ?? [],
    };
    const gated = values.base !== undefined || values.staged === true;
    const report = gated
        ? await (0,gate/* runGate */.Rg)({
            ...checkOptions,
            ...(values.base === undefined ? {} : { base: values.base }),
            ...(values.head === undefined ? {} : { head: values.head }),
            staged: values.staged === true,
            // Only a full live check (names, STARTTLS and certificates) makes the reminder to run one unnecessary.
            liveChecked: liveOptions?.smtp === true,
            ...(historyDepth === undefined ? {} : { historyDepth }),
        })
        : await (0,check/* runCheck */.k)({ ...checkOptions, ...(values.changed ? { allowEmpty: true } : {}) });
    if (values.changed)
        (0,changed/* keepChangedDomains */.f)(report, positionals.map((file) => (0,tree/* treePath */.ON)(report.root, io.cwd, file)));
    const failOn = failOnFlag ?? report.config?.failOn ?? 'error';
    if (gated) {
        for (const note of report.notes)
            io.stderr.write(`${meta/* TOOL_NAME */.lH}: note: ${note}\n`);
    }
    if (values.fix && gated && report.needsBump.length > 0) {
        await fixStagedIds(report, io, values.config, values.domain);
    }
    const liveReport = live && liveOptions ? await live.checkLive(report, liveOptions, historyDepth, io.stderr) : undefined;
    if (liveReport) {
        report.findings.push(...liveReport.findings);
        report.findings.sort(diagnostic/* compareFindings */.E);
    }
    const color = !values['no-color'] && !values.output && format === 'text' && wantsColor(io);
    const liveText = live && liveReport && format === 'text' && values.quiet !== true ? live.formatLiveBlock(liveReport, report.findings) : '';
    const output = render(report, format, { color, quiet: values.quiet === true, failOn, cwd: io.cwd }, liveReport, liveText);
    if (outputFile) {
        await writeAtomically(outputFile, values.output, `${output}\n`);
    }
    else if (output.length > 0) {
        io.stdout.write(`${output}\n`);
    }
    const failed = report.findings.some((finding) => (0,summary/* reachesFailLevel */.GB)(finding.severity, failOn));
    return failed ? EXIT.findings : EXIT.ok;
}
/** Bumps the ids the gate requested and prints the command that stages them, as formatters run by pre-commit do. */
async function fixStagedIds(report, io, configPath, domain) {
    const result = await runBump({
        cwd: io.cwd,
        domains: report.needsBump,
        dryRun: false,
        contentFromIndex: true,
        ...(configPath ? { configPath } : {}),
        ...(domain ? { domain } : {}),
    });
    const files = [...new Set(result.edits.map((edit) => external_node_path_default().relative(io.cwd, external_node_path_default().resolve(result.root, edit.file))))];
    for (const edit of result.edits) {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: bumped the policy id of ${edit.domain} from ${edit.oldId} to ${edit.newId} in ${external_node_path_default().relative(io.cwd, external_node_path_default().resolve(result.root, edit.file))}:${edit.line}:${edit.column}\n`);
    }
    for (const skipped of result.skipped)
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: cannot bump ${skipped.domain}: ${skipped.reason}\n`);
    if (files.length === 0)
        return;
    const dirty = await filesWithOtherChanges(result.root, result.edits.map((edit) => edit.file));
    if (dirty.length > 0) {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: ${dirty.join(', ')} also had unstaged changes before the new id was written; stage only the id with: git add -p ${files.map(quoteShell).join(' ')}\n`);
    }
    else {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: stage the new id and commit again: git add ${files.map(quoteShell).join(' ')}\n`);
    }
}
/** Returns the files whose index copy differs from the working tree by more than the id that was just written. */
async function filesWithOtherChanges(root, files) {
    const dirty = [];
    for (const file of [...new Set(files)]) {
        const diff = await (0,git/* runGit */.EO)(['diff', '--numstat', '--', file], root).catch(() => '');
        const [added] = diff.trim().split(/\s+/);
        // The new id changes exactly one line.
        if (Number(added) > 1)
            dirty.push(file);
    }
    return dirty;
}
function render(report, format, options, live, liveText = '') {
    if (format === 'json')
        return (0,json/* formatJson */.I)(report.findings, report.domains, report.files, live?.live);
    if (format === 'sarif')
        return (0,sarif/* formatSarif */.z)(report.findings);
    // Terminal users open paths from where they are, so text output is relative to the current folder.
    const displayPath = (file) => {
        if (file.startsWith('<'))
            return file;
        const absolute = external_node_path_default().resolve(report.root, file);
        const relative = external_node_path_default().relative(options.cwd, absolute);
        return relative.startsWith(`..${(external_node_path_default()).sep}..${(external_node_path_default()).sep}`) ? absolute : relative || file;
    };
    const text = (0,report_text/* formatText */.v)(report.findings, { ...options, files: report.files, domains: report.domains.length, displayPath });
    return liveText ? `${liveText}\n\n${text}` : text;
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
        throw new errors/* GuardError */.U$(`cannot write --output \`${given}\`: ${(0,workspace/* describeFsError */.TQ)(error)}`, 'OUTPUT_UNWRITABLE', { cause: error });
    }
}
function reportError(error, io, debug) {
    if (error instanceof errors/* GuardError */.U$) {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: ${error.message}\n`);
    }
    else {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
    }
    if (debug && error instanceof Error && error.stack)
        io.stderr.write(`${error.stack}\n`);
    return EXIT.error;
}
const BUMP_HELP = `Usage: ${meta/* TOOL_NAME */.lH} bump [DOMAIN...] [options]

Writes a new policy id into the _mta-sts record of each DOMAIN (default: every
policy domain found), where the record lives: a zone file, Terraform, a
DNSControl or octoDNS file, or a record file named in the config. Only the id
changes; all files are written, or none.

Options:
  --scheme timestamp|hash    timestamp: UTC YYYYMMDDhhmmss. hash: the first 32
                             hex characters of SHA-256 over the canonical
                             policy, so the id changes exactly when the content
                             does (default: id-scheme in the config, or
                             timestamp).
  --dry-run                  Print the new ids without writing.
  --domain NAME              Policy domain of policy files whose domain is not
                             known otherwise, as for check.
  --config FILE              Config file (default: .mta-sts-guard.yml).
  -h, --help                 Show this help.
`;
async function runBumpCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                scheme: { type: 'string' },
                'dry-run': { type: 'boolean' },
                config: { type: 'string' },
                domain: { type: 'string' },
                debug: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${error.message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${meta/* TOOL_NAME */.lH} bump --help\`)`, { cause: error });
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(BUMP_HELP);
        return EXIT.ok;
    }
    const scheme = values.scheme === undefined ? undefined : oneOf('--scheme', values.scheme, ['timestamp', 'hash']);
    const result = await runBump({
        cwd: io.cwd,
        domains: positionals,
        dryRun: values['dry-run'] === true,
        ...(scheme ? { scheme } : {}),
        ...(values.config === undefined ? {} : { configPath: values.config }),
        ...(values.domain === undefined ? {} : { domain: values.domain }),
    });
    const verb = result.written ? 'bumped' : 'would bump';
    for (const edit of result.edits) {
        const where = `${external_node_path_default().relative(io.cwd, external_node_path_default().resolve(result.root, edit.file))}:${edit.line}:${edit.column}`;
        io.stdout.write(`${where}: ${verb} the policy id of ${edit.domain} from ${edit.oldId} to ${edit.newId}\n`);
    }
    for (const domain of result.unchanged)
        io.stdout.write(`${domain}: the policy id already matches the ${result.scheme} scheme; nothing to change\n`);
    for (const skipped of result.skipped)
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: cannot bump ${skipped.domain}: ${skipped.reason}\n`);
    for (const file of result.zoneFiles) {
        io.stderr.write(`${meta/* TOOL_NAME */.lH}: note: ${external_node_path_default().relative(io.cwd, external_node_path_default().resolve(result.root, file))} is a zone file; increase its SOA serial if your DNS servers need that to pick up the change\n`);
    }
    if (result.edits.length === 0 && result.unchanged.length === 0) {
        if (result.skipped.length === 0)
            io.stderr.write(`${meta/* TOOL_NAME */.lH}: no policy domain with a record source was found\n`);
        return EXIT.error;
    }
    return result.skipped.length > 0 ? EXIT.error : EXIT.ok;
}
const INSTALL_HOOK_HELP = `Usage: ${meta/* TOOL_NAME */.lH} install-hook [options]

Writes .git/hooks/pre-commit (or the folder core.hooksPath names) so that every
commit runs \`${meta/* TOOL_NAME */.lH} check --staged\`: the staged policy files and records
are linted, and a policy change without a new policy id fails the commit.

Options:
  --fix       Write new ids instead of only failing (check --staged --fix).
  --force     Replace an existing hook that mta-sts-guard did not write.
  --print     Print the hook instead of writing it.
  -h, --help  Show this help.
`;
async function runInstallHookCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: false,
            strict: true,
            options: { fix: { type: 'boolean' }, force: { type: 'boolean' }, print: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${error.message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${meta/* TOOL_NAME */.lH} install-hook --help\`)`, { cause: error });
    }
    const { values } = parsed;
    if (values.help) {
        io.stdout.write(INSTALL_HOOK_HELP);
        return EXIT.ok;
    }
    const result = await installHook({
        cwd: io.cwd,
        node: process.execPath,
        script: external_node_path_default().resolve(process.argv[1] ?? 'mta-sts-guard'),
        fix: values.fix === true,
        force: values.force === true,
        print: values.print === true,
    });
    if (result.file === null) {
        io.stdout.write(result.text);
        return EXIT.ok;
    }
    io.stdout.write(`${result.replaced ? 'replaced' : 'wrote'} ${external_node_path_default().relative(io.cwd, result.file) || result.file}: commits now run \`${meta/* TOOL_NAME */.lH} check --staged${values.fix ? ' --fix' : ''}\`\n`);
    return EXIT.ok;
}


/***/ }),

/***/ 1400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings)
/* harmony export */ });
/* unused harmony export SEVERITY_RANK */
/**
 * The one finding shape that every rule produces and every reporter consumes.
 */
/** Rank used to sort findings and to compare a finding with `--fail-on`. */
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/**
 * Orders findings by file, position, then severity, so output is stable.
 * Findings without a repository file (live data) sort under their domain,
 * so each domain's live findings stay together.
 */
function compareFindings(a, b) {
    const fileA = sortFile(a);
    const fileB = sortFile(b);
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
    return a.ruleId.localeCompare(b.ruleId);
}
function sortFile(finding) {
    if (finding.file !== null && !finding.file.startsWith('<'))
        return finding.file;
    if (finding.domain === null)
        return finding.file ?? '';
    return `<${finding.domain}>\u0000${finding.file ?? ''}`;
}


/***/ }),

/***/ 1551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QX: () => (/* binding */ lintDomain),
  N6: () => (/* binding */ toFinding)
});

// UNUSED EXPORTS: formatDuration

// EXTERNAL MODULE: ./src/core/diagnostic.ts
var diagnostic = __nccwpck_require__(1400);
// EXTERNAL MODULE: ./src/core/policy/canonical.ts
var canonical = __nccwpck_require__(2340);
// EXTERNAL MODULE: ./src/core/policy/parse.ts
var parse = __nccwpck_require__(7061);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: ./src/core/record/txt.ts
var txt = __nccwpck_require__(8029);
;// CONCATENATED MODULE: ./src/core/record/parse.ts
/**
 * Parsers for the `_mta-sts` record (RFC 8461 §3.1) and the `_smtp._tls`
 * record (RFC 8460 §3). Both take one TXT record and never throw.
 */


const STS_VERSION = 'v=STSv1';
const TLSRPT_VERSION = 'v=TLSRPTv1';
/** Maximum octets in one TXT character-string (RFC 1035 §3.3). */
const TXT_STRING_MAX = 255;
const STS_ID = /^[A-Za-z0-9]{1,32}$/;
const STS_RULES = { nonAscii: 'STS302', fieldSyntax: 'STS312', version: 'STS303', notFirst: 'STS304', syntax: 'STS308', spaceBeforeSemicolon: 'STS309' };
const TLSRPT_RULES = { nonAscii: 'STS409', fieldSyntax: 'STS409', version: 'STS401', notFirst: 'STS401', syntax: 'STS409', spaceBeforeSemicolon: 'STS411' };
/**
 * Runs the checks both record kinds share: string lengths and splits,
 * literal quotes, non-ASCII, and the version token.
 */
function prepare(record, version, otherVersion, rules, findings) {
    const joined = (0,txt/* joinTxt */.vc)(record);
    const span = (from, to) => (0,txt/* txtSpan */.zu)(record, from, to);
    checkStrings(record, findings);
    let value = joined;
    let base = 0;
    const quoted = /^[ \t]*(\\?")(.*?)(\\?")?[ \t]*$/s.exec(joined);
    if (quoted && (joined.trimStart().startsWith('"') || joined.trimStart().startsWith('\\"'))) {
        findings.push({ ruleId: 'STS318', messageId: 'quotes', data: { value: (0,core_text/* showValue */.vp)(joined) }, span: span(0, joined.length) });
        base = joined.indexOf(quoted[1]) + quoted[1].length;
        value = quoted[2];
    }
    const nonAscii = (0,txt/* findNonAscii */.ie)(value);
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
            findings.push({ ruleId: 'STS319', messageId: 'long', data: { octets, limit: TXT_STRING_MAX }, span: (0,txt/* txtSpan */.zu)(record, offset, offset + text.length) });
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
                findings.push({ ruleId: 'STS317', messageId: 'split', data: { token: (0,core_text/* showValue */.vp)(token, 40) }, span: (0,txt/* txtSpan */.zu)(record, boundary - 1, boundary + 1) });
            }
        }
        offset = boundary;
    }
}
function reportTokenProblems(record, prepared, problems, rules, findings) {
    const base = prepared.base;
    for (const problem of problems) {
        const span = (0,txt/* txtSpan */.zu)(record, base + problem.from, base + problem.to);
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
        value: (0,txt/* joinTxt */.vc)(record),
        isSts: prepared.isExact,
        id: null,
        idValue: null,
        idSpan: null,
        fields: [],
        findings,
    };
    if (prepared.fieldsStart < 0)
        return result;
    const { fields, problems } = (0,txt/* tokenizeFields */.fz)(prepared.value, prepared.fieldsStart);
    result.fields = fields;
    reportTokenProblems(record, prepared, problems, STS_RULES, findings);
    const span = (from, to) => (0,txt/* txtSpan */.zu)(record, prepared.base + from, prepared.base + to);
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
    const result = { value: (0,txt/* joinTxt */.vc)(record), isTlsRpt: prepared.isExact, rua: [], fields: [], findings };
    if (prepared.fieldsStart < 0)
        return result;
    const { fields, problems } = (0,txt/* tokenizeFields */.fz)(prepared.value, prepared.fieldsStart, { listFields: ['rua'] });
    result.fields = fields;
    reportTokenProblems(record, prepared, problems, TLSRPT_RULES, findings);
    const span = (from, to) => (0,txt/* txtSpan */.zu)(record, prepared.base + from, prepared.base + to);
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
        findings.push({ ruleId: 'STS403', messageId: 'emptyList', span: (0,txt/* txtSpan */.zu)(record, base + field.nameStart, base + field.valueEnd) });
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
        const at = (begin, end) => (0,txt/* txtSpan */.zu)(record, base + field.valueStart + begin, base + field.valueStart + end);
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
 * Changes that static-site generators make to a policy file between the
 * repository and the policy host. The workspace adapter gathers the facts; this module
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
            let messageId = 'noSts';
            if (!input.sts && !input.tlsrpt)
                messageId = 'noSource';
            else if (input.sts)
                messageId = 'noTlsrpt';
            collector.add(input.policy.file, { ruleId: 'STS003', messageId, data: { domain: input.domain } });
        }
    }
    const validSts = sts.filter((record) => record.isSts);
    findings.sort(diagnostic/* compareFindings */.E);
    return {
        domain: input.domain,
        policyFile: input.policy?.file ?? null,
        policy,
        canonical: policy?.parsed ? (0,canonical/* canonicalizePolicy */.JB)(policy) : null,
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
    const policy = (0,parse/* parsePolicy */.ON)(bytes, { firstLine });
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
        const value = (0,txt/* joinTxt */.vc)(record);
        if (!set.explicit && !looksLikeKind(value, kind)) {
            add({ ruleId: 'STS316', messageId: 'unrelated', data: { value: (0,core_text/* showValue */.vp)(value, 60) }, span: (0,txt/* txtSpan */.zu)(record, 0, value.length) });
            continue;
        }
        const result = parse(record);
        for (const raw of result.findings)
            add(raw);
        parsed.push(result);
        if (value.startsWith(version)) {
            matching++;
            if (matching === 2) {
                const count = set.records.filter((candidate) => (0,txt/* joinTxt */.vc)(candidate).startsWith(version)).length;
                add({ ruleId: kind === 'sts' ? 'STS315' : 'STS410', messageId: 'multiple', data: { count }, span: (0,txt/* txtSpan */.zu)(record, 0, value.length) });
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


/***/ }),

/***/ 2442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ matchesMxPattern),
/* harmony export */   UV: () => (/* binding */ checkMxPattern),
/* harmony export */   cS: () => (/* binding */ normalizeHost)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
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
        const aLabel = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(pattern.replace(/^\*\./, ''));
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
        const unicode = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToUnicode)(label.toLowerCase());
        const roundTrip = unicode ? (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(unicode) : '';
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


/***/ }),

/***/ 2340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ canonicalText),
/* harmony export */   JB: () => (/* binding */ canonicalizePolicy)
/* harmony export */ });
/* unused harmony export samePolicyContent */
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


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   gY: () => (/* binding */ POLICY_MAX_BYTES)
/* harmony export */ });
/* unused harmony exports POLICY_CHASQUID_BYTES, MAX_AGE_LIMIT, REGISTERED_FIELDS, suggestValue, nearMissOf */
/* harmony import */ var _mx_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2442);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2020);
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
    const decoded = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(bytes);
    const text = decoded.text;
    const index = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text, firstLine);
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
        push({ ruleId: 'STS111', messageId: 'comment', data: { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text, 60) }, span: span(0, text.length) });
        return;
    }
    const control = /[\x00-\x08\x0a-\x1f\x7f]/.exec(text);
    if (control) {
        push({
            ruleId: 'STS105',
            messageId: 'control',
            data: { char: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChar */ .Ip)(control[0]) },
            span: span(control.index, control.index + 1),
        });
    }
    if (/^[ \t]+$/.test(text)) {
        push({ ruleId: 'STS110', messageId: 'whitespace', span: span(0, text.length) });
        return;
    }
    const indent = /^[ \t]+/.exec(text);
    if (indent) {
        push({ ruleId: 'STS112', messageId: 'indent', data: { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text.trim(), 60) }, span: span(0, indent[0].length) });
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
                data: { name: trimmedName, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text, 60) },
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
        push({ ruleId: 'STS113', messageId: 'recordInPolicy', data: { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text, 60) }, span: whole });
        return;
    }
    const equals = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=[ \t]*(.*)$/.exec(text);
    if (equals) {
        push({
            ruleId: 'STS113',
            messageId: 'equalsInsteadOfColon',
            data: { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text, 60), fixed: `${equals[1]}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(equals[2].trim(), 60)}` },
            span: whole,
        });
        return;
    }
    if (/^-{3,}$/.test(text)) {
        push({ ruleId: 'STS113', messageId: 'frontMatterFence', data: { text }, span: whole });
        return;
    }
    push({ ruleId: 'STS113', messageId: 'noColon', data: { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text, 60) }, span: whole });
}
function reportBadName(name, shift, span, push) {
    if (name.length === 0) {
        push({ ruleId: 'STS113', messageId: 'emptyName', span: span(shift, shift + 1) });
        return;
    }
    if (name.length > 32 && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
        push({ ruleId: 'STS113', messageId: 'nameTooLong', data: { name: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(name, 40), length: name.length }, span: span(shift, shift + name.length) });
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
        data: { name: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(name, 40), char: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChar */ .Ip)(char) },
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
        data: { char: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChar */ .Ip)(match[0]), name: field.name },
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
                data: { name: field.name, value: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(field.value), firstValue: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(first.value), firstLine: first.line },
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
    push({ ruleId: 'STS202', messageId, data: { value: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(value) }, span: field.value ? field.valueSpan : field.lineSpan });
}
function checkMode(field, result, push) {
    result.modeValue = field.value;
    if (MODES.includes(field.value)) {
        result.mode = field.value;
        return;
    }
    const value = field.value;
    const span = value ? field.valueSpan : field.lineSpan;
    const data = { value: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(value) };
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
    const suggestion = MODES.find((mode) => lower.startsWith(mode.slice(0, 4)) || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(lower, mode) <= 2);
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
    const data = { value: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(value) };
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
    const problems = (0,_mx_js__WEBPACK_IMPORTED_MODULE_0__/* .checkMxPattern */ .UV)(field.value, result.modeValue);
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
        const mode = MODES.find((candidate) => candidate === lower || lower.startsWith(candidate.slice(0, 4)) || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(lower, candidate) <= 2);
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
    const broken = (0,_mx_js__WEBPACK_IMPORTED_MODULE_0__/* .checkMxPattern */ .UV)(host, null).some((problem) => ['STS211', 'STS212', 'STS214'].includes(problem.ruleId));
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
        if (Math.abs(squashed.length - target.length) <= allowed && (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(squashed, target) <= allowed) {
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


/***/ }),

/***/ 6677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseCharacterStrings)
/* harmony export */ });
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


/***/ }),

/***/ 8029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ tokenizeFields),
/* harmony export */   ie: () => (/* binding */ findNonAscii),
/* harmony export */   nE: () => (/* binding */ txtRecordFromValue),
/* harmony export */   vc: () => (/* binding */ joinTxt),
/* harmony export */   zu: () => (/* binding */ txtSpan)
/* harmony export */ });
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
const WSP = /[ \t]/;
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
    while (end > from && WSP.test(value[end - 1]))
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
        if (offset < end && !WSP.test(value[offset]))
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


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ describeChanges),
/* harmony export */   w: () => (/* binding */ compareRevisions)
/* harmony export */ });
/* harmony import */ var _policy_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2340);
/**
 * The policy id gate: compares one policy domain at two revisions. Senders
 * cache a policy for `max_age` seconds and fetch it again only when the id
 * in the `_mta-sts` record changes (RFC 8461 §3.1, §3.3, §5.1). So every
 * change to what senders act on needs a new id, and an id must never come
 * back for different content.
 */

const MODE_RANK = { none: 0, testing: 1, enforce: 2 };
/** Compares the two states of one domain and returns the gate's findings. */
function compareRevisions(input) {
    const { base, head, domain } = input;
    const findings = [];
    if (!base?.policy && !base?.record?.id)
        return findings;
    if (checkRemoval(input, findings))
        return findings;
    if (head?.policy && !base.policy) {
        // A first policy for a domain that already published a record goes straight to senders.
        if (head.policy.mode === 'enforce' && !input.liveChecked) {
            findings.push({ file: head.policy.file, raw: { ruleId: 'STS506', messageId: 'enforce', data: { domain, from: 'no policy' }, ...(head.policy.modeSpan ? { span: head.policy.modeSpan } : {}) } });
        }
        return findings;
    }
    if (!head?.policy || !base.policy)
        return findings;
    const before = (0,_policy_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalText */ .A4)(base.policy.canonical);
    const after = (0,_policy_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalText */ .A4)(head.policy.canonical);
    const contentChanged = before !== after;
    const baseId = base.record?.id ?? null;
    const headId = head.record?.id ?? null;
    const idSite = head.record?.idSpan ? { file: head.record.file, span: head.record.idSpan } : { file: head.policy.file, span: undefined };
    const reused = headId !== null && headId !== baseId ? input.history.find((entry) => entry.id === headId && entry.canonical !== after) : undefined;
    if (contentChanged && head.record?.unreadable) {
        findings.push({
            file: head.record.file ?? head.policy.file,
            raw: { ruleId: 'STS508', messageId: head.record.unreadable, data: { domain }, ...(head.record.idSpan ? { span: head.record.idSpan } : {}) },
        });
    }
    else if (contentChanged && !head.record) {
        findings.push({ file: head.policy.file, raw: { ruleId: 'STS508', messageId: 'noSource', data: { domain } } });
    }
    else if (contentChanged && baseId !== null && headId !== null && baseId === headId) {
        const changes = describeChanges(base.policy.canonical, head.policy.canonical);
        findings.push({
            file: idSite.file,
            raw: { ruleId: 'STS501', messageId: input.staged ? 'idUnchangedStaged' : 'idUnchanged', data: { domain, id: headId, changes }, ...(idSite.span ? { span: idSite.span } : {}) },
        });
        const changed = changedLines(base.policy.text, head.policy.text, head.policy.firstLine);
        findings.push({
            file: head.policy.file,
            raw: { ruleId: 'STS501', messageId: 'policyChanged', data: { domain, id: headId, changes }, ...(changed ? { span: changed } : {}) },
        });
    }
    else if (!contentChanged && headId !== null && baseId !== null && headId !== baseId && !reused) {
        findings.push({ file: idSite.file, raw: { ruleId: 'STS504', messageId: 'sameContent', data: { baseId, headId }, ...(idSite.span ? { span: idSite.span } : {}) } });
    }
    else if (!contentChanged && base.policy.text !== head.policy.text && headId === baseId) {
        const changed = changedLines(base.policy.text, head.policy.text, head.policy.firstLine);
        findings.push({ file: head.policy.file, raw: { ruleId: 'STS503', messageId: 'formatting', ...(changed ? { span: changed } : {}) } });
    }
    if (reused && headId !== null) {
        findings.push({
            file: idSite.file,
            raw: { ruleId: 'STS502', messageId: 'reused', data: { domain, id: headId, commit: reused.commit.slice(0, 12), date: reused.date.slice(0, 10) }, ...(idSite.span ? { span: idSite.span } : {}) },
        });
    }
    if (contentChanged)
        checkTransitions(input, base.policy, head.policy, findings);
    return findings;
}
/**
 * Reports a policy or record deleted while senders may still hold a cached
 * testing or enforce policy (RFC 8461 §8.3). Returns true when the domain is gone.
 */
function checkRemoval(input, findings) {
    const { base, head, domain } = input;
    const baseMode = base?.policy?.mode ?? null;
    const policyGone = base?.policy && !head?.policy;
    const recordGone = base?.record?.id && head?.record?.unreadable === 'missing';
    const recordSourceGone = base?.record?.id && !head?.record;
    if (!policyGone && !recordGone && !recordSourceGone)
        return false;
    // A record without a policy never made senders cache anything, so removing it is harmless.
    if (!base?.policy)
        return true;
    const file = head?.policy?.file ?? head?.record?.file ?? base?.policy?.file ?? base?.record?.file ?? null;
    const maxAge = input.history.reduce((longest, entry) => Math.max(longest, maxAgeOf(entry.canonical)), base?.policy?.maxAge ?? 0);
    const until = new Date(input.now.getTime() + maxAge * 1000).toISOString().slice(0, 10);
    // Only `mode: none` means senders hold nothing they would enforce; an invalid mode is treated as active.
    const active = baseMode !== 'none';
    if (policyGone) {
        findings.push({
            file,
            raw: active
                ? { ruleId: 'STS505', messageId: 'policyRemoved', data: { domain, mode: baseMode ?? 'unknown', until } }
                : { ruleId: 'STS505', messageId: 'removedAfterNone', data: { domain, until }, severity: 'notice' },
        });
        return true;
    }
    findings.push({
        file,
        raw: active
            ? { ruleId: 'STS505', messageId: 'recordRemoved', data: { domain, mode: baseMode ?? 'unknown', until }, severity: 'warning' }
            : { ruleId: 'STS505', messageId: 'removedAfterNone', data: { domain, until }, severity: 'notice' },
    });
    return true;
}
function maxAgeOf(canonical) {
    const match = /^max_age: ([0-9]+)$/m.exec(canonical);
    return match ? Number(match[1]) : 0;
}
/** Reports raising the mode to enforce and narrowing changes that old caches outlive. */
function checkTransitions(input, before, after, findings) {
    const file = after.file;
    if (after.mode === 'enforce' && before.mode !== 'enforce' && !input.liveChecked) {
        findings.push({ file, raw: { ruleId: 'STS506', messageId: 'enforce', data: { domain: input.domain, from: before.mode ?? 'none' }, ...(after.modeSpan ? { span: after.modeSpan } : {}) } });
    }
    // Senders do not apply a cached `none` policy, so narrowing one changes nothing for them.
    if (before.mode === 'none')
        return;
    const oldMaxAge = before.maxAge ?? 0;
    const until = new Date(input.now.getTime() + oldMaxAge * 1000).toISOString().slice(0, 10);
    const removedMx = before.canonical.mx.filter((pattern) => !after.canonical.mx.includes(pattern));
    const lowered = before.mode !== null && after.mode !== null && (MODE_RANK[after.mode] ?? 0) < (MODE_RANK[before.mode] ?? 0);
    const shortened = before.maxAge !== null && after.maxAge !== null && after.maxAge < before.maxAge;
    if (removedMx.length > 0) {
        findings.push({ file, raw: { ruleId: 'STS507', messageId: 'mxRemoved', data: { patterns: removedMx.join('`, `'), until } } });
    }
    if (lowered) {
        findings.push({ file, raw: { ruleId: 'STS507', messageId: 'modeLowered', data: { from: before.mode, to: after.mode, until }, ...(after.modeSpan ? { span: after.modeSpan } : {}) } });
    }
    if (shortened) {
        findings.push({ file, raw: { ruleId: 'STS507', messageId: 'maxAgeShortened', data: { from: before.maxAge, to: after.maxAge, until } } });
    }
}
/** Summarizes what changed between two canonical policies, for messages. */
function describeChanges(before, after) {
    const changes = [];
    if (before.mode !== after.mode)
        changes.push(`mode ${before.mode ?? 'missing'} → ${after.mode ?? 'missing'}`);
    if (before.maxAge !== after.maxAge)
        changes.push(`max_age ${before.maxAge ?? 'missing'} → ${after.maxAge ?? 'missing'}`);
    const added = after.mx.filter((pattern) => !before.mx.includes(pattern));
    const removed = before.mx.filter((pattern) => !after.mx.includes(pattern));
    if (added.length > 0)
        changes.push(`mx added ${added.join(', ')}`);
    if (removed.length > 0)
        changes.push(`mx removed ${removed.join(', ')}`);
    if (before.version !== after.version)
        changes.push(`version ${before.version ?? 'missing'} → ${after.version ?? 'missing'}`);
    if (JSON.stringify(before.extensions) !== JSON.stringify(after.extensions))
        changes.push('extension fields changed');
    return changes.join('; ') || 'content changed';
}
/** Returns the span from the first to the last line of `after` that is not in `before`. */
function changedLines(before, after, firstLine) {
    const old = new Set(before.split(/\r\n|\n|\r/));
    const lines = after.split(/\r\n|\n|\r/);
    let first = -1;
    let last = -1;
    lines.forEach((line, index) => {
        if (line.length > 0 && !old.has(line)) {
            if (first < 0)
                first = index;
            last = index;
        }
    });
    if (first < 0)
        return undefined;
    return { line: first + firstLine, column: 1, endLine: last + firstLine, endColumn: lines[last].length + 1 };
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
 * `_smtp._tls` (TLS-RPT) record, STS5xx the policy id gate, STS6xx the live
 * state of DNS, the policy host and the MX hosts.
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
            mixed: 'the file mixes line endings (LF: {lf}, CRLF: {crlf}); both are valid, but one style keeps diffs clean',
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
            counter: 'policy id `{id}` is a short counter, which is easy to reuse for different content after a revert; ids need no order, so a UTC timestamp (`mta-sts-guard bump --scheme timestamp`) or a content hash (`--scheme hash`) is safer',
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
            computed: 'the `{owner}` value is computed by `{expression}`, so it cannot be read and checked here; write the value as a literal string, or name a file with the rendered record in `.mta-sts-guard.yml` (`record: { file: ... }`)',
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
    // STS5xx: the policy id gate, comparing two revisions (RFC 8461 §3.1, §8).
    {
        id: 'STS501',
        alias: 'id-not-changed',
        severity: 'error',
        title: 'The policy changed but the policy id did not',
        rfc: 'RFC 8461 §3.1, §5.1',
        messages: {
            idUnchanged: 'the policy of `{domain}` changed ({changes}) but the policy id is still `{id}` (base `{id}`, head `{id}`), so senders that cached the old policy keep it for up to its max_age; publish a new id (`mta-sts-guard bump {domain}`)',
            policyChanged: 'this policy change ({changes}) needs a new policy id, but `_mta-sts.{domain}` still says `id={id}`; run `mta-sts-guard bump {domain}`',
            idUnchangedStaged: 'the staged policy of `{domain}` changed ({changes}) but the staged policy id is still `{id}`; run `mta-sts-guard bump {domain}` and `git add` the record file, or let the hook write the id with `--fix`',
        },
    },
    {
        id: 'STS502',
        alias: 'id-reused',
        severity: 'error',
        title: 'A policy id is reused for different policy content',
        rfc: 'RFC 8461 §3.1',
        messages: {
            reused: 'policy id `{id}` was used for different policy content in commit {commit} ({date}); senders that cached that policy under this id will not fetch the new one. Pick an id never used before: `mta-sts-guard bump {domain} --scheme timestamp`',
        },
    },
    {
        id: 'STS503',
        alias: 'policy-formatting-only',
        severity: 'notice',
        title: 'Only the formatting of the policy changed',
        rfc: 'RFC 8461 §3.1',
        messages: {
            formatting: 'only formatting changed (line endings, field order, spacing or mx case), so senders act the same and no new policy id is needed',
        },
    },
    {
        id: 'STS504',
        alias: 'id-changed-content-same',
        severity: 'notice',
        title: 'The policy id changed but the policy content did not',
        rfc: 'RFC 8461 §3.1',
        messages: {
            sameContent: 'the policy id changed from `{baseId}` to `{headId}` but the policy content is the same; harmless, but every sender with a cached copy fetches the policy again',
        },
    },
    {
        id: 'STS505',
        alias: 'removed-without-none',
        severity: 'error',
        title: 'MTA-STS is removed without first publishing `mode: none`',
        rfc: 'RFC 8461 §8.3',
        messages: {
            policyRemoved: 'the policy of `{domain}` (mode {mode}) is removed, but senders keep applying a cached copy until its max_age runs out (up to {until}); first publish `mode: none` with `max_age: 86400` and a new id, keep it served until every cached policy has expired, then delete the record and the policy',
            recordRemoved: 'the `_mta-sts.{domain}` record is removed while the policy says mode {mode}; deleting the record does not clear caches, so senders keep the old policy until its max_age runs out (up to {until}). Publish `mode: none` with a new id first',
            removedAfterNone: 'MTA-STS for `{domain}` is removed after `mode: none`; senders may still hold an older cached policy until {until}, so keep the policy host serving `mode: none` until then',
        },
    },
    {
        id: 'STS506',
        alias: 'enforce-needs-live-checks',
        severity: 'warning',
        title: 'The mode is raised to enforce',
        rfc: 'RFC 8461 §4, §5',
        messages: {
            enforce: 'mode goes from {from} to enforce for `{domain}`: senders will defer mail to any MX that fails. Before merging, check that every MX host matches an mx pattern, offers STARTTLS and has a valid certificate for its name, and that TLS-RPT reports are clean',
        },
    },
    {
        id: 'STS507',
        alias: 'old-policy-cached',
        severity: 'notice',
        title: 'Senders may keep applying the old, stricter policy',
        rfc: 'RFC 8461 §3.2, §5.1, §8.1',
        messages: {
            mxRemoved: 'mx pattern `{patterns}` is removed, but senders that cached the old policy may require it until {until}; keep the old MX host working until then',
            modeLowered: 'mode goes from {from} to {to}, but senders that cached the old policy may keep applying mode {from} until {until}',
            maxAgeShortened: 'max_age goes from {from} to {to}, but senders that cached the old policy keep it for the old max_age, until {until}',
        },
    },
    {
        id: 'STS508',
        alias: 'id-unreadable',
        severity: 'warning',
        title: 'The policy changed and its id cannot be read',
        rfc: 'RFC 8461 §3.1',
        messages: {
            computed: 'the policy of `{domain}` changed, but the id in `_mta-sts.{domain}` is computed when the configuration is applied, so the gate cannot tell whether it changes; make sure it does, or keep the id as a literal value',
            cname: 'the policy of `{domain}` changed, but `_mta-sts.{domain}` is a CNAME, so its id is managed elsewhere; make sure it changes there',
            missing: 'the policy of `{domain}` changed, but no `_mta-sts.{domain}` record was found in its record source to compare ids',
            noSource: 'the policy of `{domain}` changed, but no source for the `_mta-sts.{domain}` record was found, so the gate cannot check its id; name the record source in `.mta-sts-guard.yml`',
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
    // STS6xx: live state. DNS, the policy host and the MX hosts, as senders see them, and drift from the repository.
    {
        id: 'STS601',
        alias: 'live-sts-record-missing',
        severity: 'error',
        title: 'No `_mta-sts` record is published',
        rfc: 'RFC 8461 §3.1, §5',
        messages: {
            nxdomain: '`_mta-sts.{domain}` does not exist in DNS (NXDOMAIN), so senders treat `{domain}` as having no MTA-STS policy; once the policy file is served, publish `v=STSv1; id=<id>` there',
            nodata: '`_mta-sts.{domain}` has no TXT record, so senders treat `{domain}` as having no MTA-STS policy; once the policy file is served, publish `v=STSv1; id=<id>` there',
            noSts: '`_mta-sts.{domain}` has {count} TXT record(s), none of which starts with `v=STSv1`, so senders treat `{domain}` as having no MTA-STS policy; publish `v=STSv1; id=<id>` there',
        },
    },
    {
        id: 'STS602',
        alias: 'live-dns-inconclusive',
        severity: 'warning',
        title: 'A DNS lookup gave no usable answer',
        rfc: 'RFC 8461 §3.1, §5',
        messages: {
            failed: 'the {type} lookup of `{name}` ended in {status} ({detail}); this does not show whether the record exists, so its checks were skipped. Retry later, or try another resolver with `--resolver`',
        },
    },
    {
        id: 'STS603',
        alias: 'live-policy-host-unresolved',
        severity: 'error',
        title: 'The policy host has no address',
        rfc: 'RFC 8461 §3.3, §8.2',
        messages: {
            nxdomain: 'policy host `{host}` does not exist in DNS (NXDOMAIN), so senders cannot fetch the policy and act as if `{domain}` had none; publish an A or AAAA record (or a CNAME to the web host) for `{host}`',
            nodata: 'policy host `{host}` has no A or AAAA record, so senders cannot fetch the policy and act as if `{domain}` had none; publish an address for `{host}`',
        },
    },
    {
        id: 'STS604',
        alias: 'live-address-refused',
        severity: 'error',
        title: 'A host resolves to a non-public address',
        rfc: 'RFC 8461 §3.3, §4',
        messages: {
            policy: 'policy host `{host}` resolves to {kind} address {address}, which senders on the internet cannot reach, so the check did not connect to it. If this is a test network, run with `--allow-private` or route it with `--connect-to`',
            mx: 'MX host `{host}` resolves to {kind} address {address}, which senders on the internet cannot reach, so the check did not connect to it. If this is a test network, run with `--allow-private` or route it with `--connect-to`',
        },
    },
    {
        id: 'STS605',
        alias: 'live-policy-fetch-failed',
        severity: 'error',
        title: 'The policy file cannot be fetched',
        rfc: 'RFC 8461 §3.3, §7.2',
        messages: {
            connect: 'cannot connect to {address} port {port} for `{url}`: {detail}. Senders without a cached policy act as if `{domain}` had no MTA-STS; make `{host}` answer HTTPS on port 443',
            timeout: 'no complete response from {address} for `{url}` within {seconds} s; senders give up and act as if `{domain}` had no MTA-STS. Make the policy host respond quickly',
            tls: 'the TLS handshake with {address} for `{host}` failed: {detail}. Senders need TLS 1.2 or later with a valid certificate; fix the HTTPS setup of `{host}`',
            protocol: 'the answer from {address} for `{url}` is not valid HTTP: {detail}; serve the policy file from a standard HTTPS server',
        },
    },
    {
        id: 'STS606',
        alias: 'live-certificate-untrusted',
        severity: 'error',
        title: 'A certificate fails validation',
        rfc: 'RFC 8461 §3.3, §4.2; RFC 5280 §6',
        messages: {
            expired: 'the certificate of `{host}` expired on {date}{consequence}; renew it',
            notYetValid: 'the certificate of `{host}` is valid only from {date}{consequence}; check the server clock or reissue the certificate',
            selfSigned: 'the certificate of `{host}` is self-signed{consequence}; use a certificate from a public certificate authority',
            untrusted: 'the certificate of `{host}` does not chain to a trusted root ({detail}){consequence}; serve the full chain from a public certificate authority (for a private test CA, pass `--ca-file`)',
        },
    },
    {
        id: 'STS607',
        alias: 'live-certificate-name',
        severity: 'error',
        title: 'A certificate does not name its host',
        rfc: 'RFC 8461 §3.3, §4.2, §8.2; RFC 6125 §6.4',
        messages: {
            mismatch: 'the certificate served for `{host}` names {names}, not `{host}`{wildcard}{consequence}; get a certificate that names `{host}`',
            commonNameOnly: 'the certificate served for `{host}` names it only in its subject CN and has no DNS subject alternative name, and senders ignore the CN{consequence}. Reissue it with `{host}` as a DNS name',
        },
    },
    {
        id: 'STS608',
        alias: 'live-certificate-expiring',
        severity: 'warning',
        title: 'A certificate expires within 21 days',
        rfc: 'RFC 8461 §3.3, §4.2',
        messages: {
            expiring: 'the certificate of `{host}` expires on {date} ({when}); renew it before then, because senders refuse an expired certificate',
        },
    },
    {
        id: 'STS609',
        alias: 'live-policy-redirect',
        severity: 'error',
        title: 'The policy URL answers with a redirect',
        rfc: 'RFC 8461 §3.3',
        messages: {
            redirect: '`{url}` answers {status} with a redirect to `{location}`; senders never follow redirects, so serve the file at `{url}` itself with status 200',
            noLocation: '`{url}` answers {status} (a redirect) without a location; senders never follow redirects, so serve the file there with status 200',
        },
    },
    {
        id: 'STS610',
        alias: 'live-policy-status',
        severity: 'error',
        title: 'The policy URL answers with a status other than 200',
        rfc: 'RFC 8461 §3.3',
        messages: {
            notFound: '`{url}` answers 404 Not Found; senders find no policy and act as if `{domain}` had no MTA-STS. Publish the policy file at `/.well-known/mta-sts.txt`',
            status: '`{url}` answers status {status}; senders accept only 200 and otherwise act as if `{domain}` had no MTA-STS, so serve the file with status 200',
        },
    },
    {
        id: 'STS611',
        alias: 'live-policy-content-type',
        severity: 'error',
        title: 'The policy is not served as `text/plain`',
        rfc: 'RFC 8461 §3.2',
        messages: {
            missing: '`{url}` has no Content-Type header; some senders (postfix-mta-sts-resolver, chasquid) accept only `text/plain`, so serve it as `text/plain`',
            wrong: '`{url}` is served as `{value}`; some senders (postfix-mta-sts-resolver, chasquid) accept only `text/plain`, so serve it as `text/plain`',
        },
    },
    {
        id: 'STS612',
        alias: 'live-policy-charset',
        severity: 'warning',
        title: 'The policy is served with a charset other than UTF-8',
        rfc: 'RFC 8461 §3.2',
        messages: {
            charset: '`{url}` is served with `charset={charset}`; the policy is UTF-8 text, so serve `text/plain; charset=utf-8` or leave the charset out',
        },
    },
    {
        id: 'STS613',
        alias: 'live-policy-too-large',
        severity: 'error',
        title: 'The served policy is larger than 64 KiB',
        rfc: 'RFC 8461 §3.3',
        messages: {
            large: '`{url}` sends more than {limit} bytes. Senders that stop reading at 64 KiB fail the fetch and act as if the domain had no MTA-STS, so the body was not read further and its mx patterns were not checked. Serve only the policy (a few hundred bytes)',
        },
    },
    {
        id: 'STS614',
        alias: 'live-policy-slow',
        severity: 'warning',
        title: 'The policy host answers slowly',
        rfc: 'RFC 8461 §3.3',
        messages: {
            slow: '`{url}` took {seconds} s to answer in full; senders may give up much sooner than the 1 minute the RFC suggests (mailauth after 15 s), so make the policy host answer within a second or two',
        },
    },
    {
        id: 'STS615',
        alias: 'live-address-families-differ',
        severity: 'warning',
        title: 'IPv4 and IPv6 serve different policies',
        rfc: 'RFC 8461 §3.3',
        messages: {
            body: '`{host}` serves a different policy over IPv4 ({v4}) than over IPv6 ({v6}): {difference}. Senders use either address, so serve the same file on both',
            failing: '`{host}` serves the policy over IPv{good} but fails over IPv{bad} ({address}); senders that connect over IPv{bad} find no policy, so fix or remove that address',
        },
    },
    {
        id: 'STS616',
        alias: 'live-policy-cached',
        severity: 'notice',
        title: 'Caches may keep serving an old policy',
        rfc: 'RFC 8461 §3.3, §8.2',
        messages: {
            maxAge: '`{url}` is served with `Cache-Control: {value}`, so a CDN or proxy in front of the policy host may serve the old policy for up to {seconds} s after a change, while senders already see the new id. Serve it with `Cache-Control: max-age=60` or less, or purge the cache when you deploy',
        },
    },
    {
        id: 'STS617',
        alias: 'live-deadline',
        severity: 'warning',
        title: 'The checks of a domain did not finish in time',
        rfc: 'RFC 8461 §3.3',
        messages: {
            deadline: 'the checks of `{domain}` did not finish within the deadline of {seconds} s: {parts} did not complete, so the checks that depend on it were skipped. Raise `--deadline`, or look for the slow DNS server or host',
        },
    },
    {
        id: 'STS620',
        alias: 'live-mx-not-covered',
        severity: 'error',
        title: 'An MX host matches no mx pattern',
        rfc: 'RFC 8461 §4.1, §5',
        messages: {
            uncovered: 'MX host `{mx}` of `{domain}` matches no mx pattern of {policy} ({patterns}); {consequence}. Add `mx: {mx}` (or a pattern that covers it) and publish a new id',
            belowWildcard: 'MX host `{mx}` of `{domain}` is more than one label below `{pattern}` in {policy}. A wildcard covers exactly one label (RFC 8461 §4.1), so senders that follow the RFC, such as mox, reject this host ({consequence}); add `mx: {mx}` and publish a new id',
            implicit: '`{domain}` has no MX record, so senders deliver to `{domain}` itself, which no mx pattern of {policy} covers ({patterns}); {consequence}. Add `mx: {domain}` and publish a new id',
        },
    },
    {
        id: 'STS621',
        alias: 'live-mx-pattern-unused',
        severity: 'notice',
        title: 'An mx pattern matches no current MX host',
        rfc: 'RFC 8461 §4.1',
        messages: {
            unused: 'mx {patterns} of {policy} {match} no current MX host of `{domain}` ({mxList}); remove what is left over and publish a new id. If an MX host has just moved away, wait until the old MX records have expired from caches (their TTL)',
        },
    },
    {
        id: 'STS622',
        alias: 'live-domain-receives-no-mail',
        severity: 'warning',
        title: 'The domain receives no mail',
        rfc: 'RFC 7505 §3; RFC 5321 §5.1; RFC 8461 §8.3',
        messages: {
            nullMx: '`{domain}` publishes a null MX (it accepts no mail), so a policy in mode {mode} protects nothing; publish `mode: none` to retire the policy, or remove the null MX',
            noAddress: '`{domain}` has no MX record and no A or AAAA record, so it receives no mail and the policy protects nothing; publish an MX record for its mail servers',
            nxdomain: '`{domain}` does not exist in DNS (NXDOMAIN); check the spelling of the domain name, or publish its records',
        },
    },
    {
        id: 'STS623',
        alias: 'live-mx-starttls-missing',
        severity: 'error',
        title: 'An MX host offers no working STARTTLS',
        rfc: 'RFC 8461 §4, §5',
        messages: {
            missing: 'MX host `{mx}` does not offer STARTTLS after EHLO; {consequence}. Enable STARTTLS with a valid certificate for `{mx}`',
            handshake: 'MX host `{mx}` accepts STARTTLS, but the TLS handshake fails ({detail}); {consequence}. Offer TLS 1.2 or later with a valid certificate for `{mx}`',
        },
    },
    {
        id: 'STS624',
        alias: 'live-mx-unreachable',
        severity: 'notice',
        title: 'An MX host could not be probed on port 25',
        rfc: 'RFC 8461 §4.2',
        messages: {
            unreachable: 'could not check MX host `{mx}` ({address} port {port}): {detail}. This is inconclusive, not a failure: many CI runners and networks block outgoing port 25, so run `--smtp` from a host that can reach it',
            refused: 'MX host `{mx}` ({address} port {port}) refused the connection. Either the host does not accept mail on port 25, which senders then cannot deliver to, or this network rejects outgoing port 25; check from a host that can reach it',
            unresolved: 'MX host `{mx}` has no address ({detail}), so its certificate was not checked; senders cannot deliver to it either',
        },
    },
    {
        id: 'STS630',
        alias: 'live-id-before-policy',
        severity: 'error',
        title: 'The live id is new, but the policy file is not deployed',
        rfc: 'RFC 8461 §3.1, §8.1',
        messages: {
            stale: '`_mta-sts.{domain}` already publishes the repository\'s id `{id}`, but `{url}` serves {served} ({difference}); senders that fetch now cache that policy under id `{id}` for up to {maxAge}. Deploy the policy file, then publish another new id so that they fetch again',
        },
    },
    {
        id: 'STS631',
        alias: 'live-id-not-published',
        severity: 'warning',
        title: 'The policy is deployed, but its new id is not published',
        rfc: 'RFC 8461 §3.1, §8.1',
        messages: {
            publish: '`{url}` serves the repository\'s policy, but `_mta-sts.{domain}` publishes id `{liveId}`, not `{repoId}`; senders holding the old policy keep it for up to {maxAge} until they see a new id. Publish `id={repoId}` now',
        },
    },
    {
        id: 'STS632',
        alias: 'live-deploy-pending',
        severity: 'notice',
        title: 'Neither the policy nor its id is deployed yet',
        rfc: 'RFC 8461 §8.1',
        messages: {
            pending: 'the repository\'s policy for `{domain}` is not deployed yet ({difference}; live id `{liveId}`, repository id `{repoId}`). Deploy the policy file first, then publish `id={repoId}`; senders keep the old policy for up to {maxAge} after that',
            noRecord: 'the repository\'s policy for `{domain}` is not deployed yet ({difference}). Deploy the policy file first, then publish a new id at `_mta-sts.{domain}`; senders keep the old policy for up to {maxAge} after that',
        },
    },
    {
        id: 'STS633',
        alias: 'live-policy-edited',
        severity: 'error',
        title: 'The served policy changed without a new id',
        rfc: 'RFC 8461 §3.1, §8.1',
        messages: {
            edited: '`{url}` serves a policy that no revision of the repository has under id `{liveId}` ({difference}); it was changed on the server without a new id, so senders that cached id `{liveId}` keep the old copy for up to {maxAge}. Deploy the repository\'s file and publish a new id',
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
    return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_match, name) => {
        const value = data[name];
        return value === undefined ? '?' : String(value);
    });
}


/***/ }),

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ absoluteName),
/* harmony export */   k: () => (/* binding */ ownerKind)
/* harmony export */ });
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

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatJson)
/* harmony export */ });
/* unused harmony export buildJsonReport */
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7994);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9998);
/**
 * JSON output. This shape is a stable contract: fields may be added, never
 * renamed or removed.
 */


function buildJsonReport(findings, domains, files, live) {
    const report = {
        tool: { name: _meta_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH, version: _meta_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .wr },
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
        summary: { ...(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(findings), files },
    };
    if (live)
        report.live = [...live];
    return report;
}
function formatJson(findings, domains, files, live) {
    return JSON.stringify(buildJsonReport(findings, domains, files, live), null, 2);
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ld: () => (/* binding */ REPOSITORY_URL),
  lH: () => (/* binding */ TOOL_NAME),
  wr: () => (/* binding */ TOOL_VERSION),
  hS: () => (/* binding */ ruleDocsUrl)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/core/rules/catalog.ts
var catalog = __nccwpck_require__(9072);
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


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatSarif)
/* harmony export */ });
/* unused harmony export buildSarif */
/* harmony import */ var _core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9072);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9998);
/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers.
 */


const LEVELS = { error: 'error', warning: 'warning', notice: 'note' };
function buildSarif(findings) {
    const ruleIndex = new Map(_core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((rule, index) => [rule.id, index]));
    const located = findings.filter((finding) => finding.file !== null && !finding.file.startsWith('<'));
    const unlocated = findings.filter((finding) => !located.includes(finding));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _meta_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH,
                        version: _meta_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr,
                        semanticVersion: _meta_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr,
                        informationUri: _meta_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_URL */ .ld,
                        rules: _core_rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((rule) => ({
                            id: rule.id,
                            name: rule.alias,
                            shortDescription: { text: rule.title },
                            fullDescription: { text: `${rule.title} (${rule.rfc}).` },
                            helpUri: (0,_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(rule.id),
                            help: {
                                text: `${rule.title}. See ${(0,_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(rule.id)}`,
                                markdown: `**${rule.id} ${rule.alias}**: ${rule.title} (${rule.rfc}). [Rule documentation](${(0,_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(rule.id)})`,
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


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ reachesFailLevel),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   LS: () => (/* binding */ plural)
/* harmony export */ });
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


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7994);
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
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function formatText(findings, options) {
    const paint = (code, text) => (options.color ? `${code}${text}${RESET}` : text);
    const shown = options.quiet ? findings.filter((finding) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .reachesFailLevel */ .GB)(finding.severity, options.failOn === 'never' ? 'error' : options.failOn)) : findings;
    const lines = [];
    let previousPlace;
    for (const finding of shown) {
        const place = [finding.file === null ? `<${finding.domain ?? 'input'}>` : (options.displayPath?.(finding.file) ?? finding.file)];
        if (previousPlace !== undefined && place[0] !== previousPlace)
            lines.push('');
        previousPlace = place[0];
        if (finding.span)
            place.push(String(finding.span.line), String(finding.span.column));
        const location = paint(BOLD, clean(place.join(':')));
        const severity = paint(COLORS[finding.severity], finding.severity);
        const rule = paint(DIM, `[${finding.ruleId} ${finding.alias}]`);
        lines.push(`${location}: ${severity}: ${clean(finding.message)} ${rule}`);
    }
    const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    if (options.quiet && shown.length === 0)
        return lines.join('\n');
    if (lines.length > 0)
        lines.push('');
    const scope = options.files === null ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.domains, 'domain') : `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.files, 'file')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.domains, 'domain')}`;
    if (counts.errors + counts.warnings + counts.notices === 0) {
        lines.push(`no problems found (${scope})`);
    }
    else {
        lines.push(`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.errors, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.warnings, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.notices, 'notice')} (${scope})`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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