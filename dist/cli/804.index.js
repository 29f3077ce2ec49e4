export const id = 804;
export const ids = [804];
export const modules = {

/***/ 4804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiTree: () => (/* binding */ ApiTree)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5729);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5790);
/**
 * A tree read through the GitHub REST API, for a base commit that a
 * shallow clone does not have and git cannot fetch.
 */


class ApiTree {
    options;
    label;
    root;
    listing;
    client;
    constructor(root, options) {
        this.options = options;
        this.root = root;
        this.label = `\`${options.commit.slice(0, 12)}\` (read through the GitHub API)`;
    }
    octokit() {
        this.client ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => getOctokit(this.options.token));
        return this.client;
    }
    blobs() {
        this.listing ??= (async () => {
            const octokit = await this.octokit();
            const { owner, repo, commit } = this.options;
            try {
                const response = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
                if (response.data.truncated) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`the GitHub API returned a truncated file list for ${commit.slice(0, 12)}; fetch the base commit with git instead (fetch-depth: 0)`);
                }
                const blobs = new Map();
                for (const entry of response.data.tree) {
                    if (entry.type === 'blob' && entry.path && entry.sha)
                        blobs.set(entry.path, entry.sha);
                }
                return blobs;
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS)
                    throw error;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`cannot read commit ${commit.slice(0, 12)} through the GitHub API (${error.message}) after git could not fetch it; use \`fetch-depth: 0\` in actions/checkout, and give the job \`contents: read\``, { cause: error });
            }
        })();
        return this.listing;
    }
    async list() {
        return [...(await this.blobs()).keys()].filter((file) => !file.split('/').some((segment) => segment === '.git' || segment === 'node_modules'));
    }
    async read(file) {
        const sha = (await this.blobs()).get(file);
        if (!sha)
            return null;
        const octokit = await this.octokit();
        const { owner, repo, commit } = this.options;
        try {
            const response = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
            return Buffer.from(response.data.content, response.data.encoding === 'base64' ? 'base64' : 'utf8');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`cannot read \`${file}\` of commit ${commit.slice(0, 12)} through the GitHub API: ${error.message}`, { cause: error });
        }
    }
    async listUnder(folder) {
        return (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .filesUnder */ .mz)(await this.list(), folder);
    }
    async isFolder(folder) {
        return (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFolder */ .bU)(await this.list(), folder);
    }
}


/***/ })

};

//# sourceMappingURL=804.index.js.map