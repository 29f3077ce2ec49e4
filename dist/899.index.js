export const id = 899;
export const ids = [899];
export const modules = {

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readOctodns: () => (/* binding */ readOctodns)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_sources_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4203);
/**
 * TXT and CNAME records in octoDNS zone files (`<zone>.yaml`). octoDNS
 * writes `;` in TXT values as `\;`, which this reader turns back into `;`
 * while keeping each character's file position.
 */


/** Reads the records of one octoDNS zone file. Returns nothing when the file is not shaped like one. */
function readOctodns(text, file, zone) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, keepSourceTokens: false });
    if (document.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document.contents))
        return [];
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const records = [];
    for (const pair of document.contents.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
            continue;
        const name = String(pair.key.value ?? '');
        const owner = name === '' ? (0,_core_sources_types_js__WEBPACK_IMPORTED_MODULE_1__/* .absoluteName */ .T)('@', zone) : (0,_core_sources_types_js__WEBPACK_IMPORTED_MODULE_1__/* .absoluteName */ .T)(name, zone);
        const entries = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) ? pair.value.items : [pair.value];
        for (const entry of entries) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry))
                continue;
            const type = String(entry.get('type') ?? '').toUpperCase();
            if (type !== 'TXT' && type !== 'CNAME')
                continue;
            const valueNode = (entry.get('values', true) ?? entry.get('value', true));
            const values = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(valueNode) ? valueNode.items : valueNode ? [valueNode] : [];
            for (const value of values) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) || !value.range)
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


/***/ })

};

//# sourceMappingURL=899.index.js.map