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

import type { Severity } from '../diagnostic.js';

export interface RuleMeta {
  id: string;
  alias: string;
  severity: Severity;
  title: string;
  /** The section that the rule enforces, such as `RFC 8461 §3.2`. */
  rfc: string;
  messages: Record<string, string>;
}

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

export const RULES: readonly RuleMeta[] = [
  // STS0xx: what the tool itself needs to tell.
  {
    id: 'STS001',
    alias: 'domain-unknown',
    severity: 'notice',
    title: 'The policy domain of a policy file is unknown',
    rfc: 'RFC 8461 §3.2',
    messages: {
      unknown:
        'policy domain unknown for `{file}`, so checks that need it were skipped; name it with `--domain`, a `domains` entry in `.mta-sts-guard.yml`, a sibling `CNAME` file or a folder named `mta-sts.<domain>`',
      cnameNotPolicyHost:
        'the `CNAME` file names `{host}`, but senders fetch the policy only from `mta-sts.<policy domain>`; serve this site as `mta-sts.<domain>`, or name the domain with `--domain` if another host serves the policy',
    },
  },
  {
    id: 'STS002',
    alias: 'served-after-processing',
    severity: 'notice',
    title: 'The file is processed by a static-site generator before it is served',
    rfc: 'RFC 8461 §3.2',
    messages: {
      jekyll:
        'Jekyll removes the front matter (lines 1-{lines}) before serving this file; linted the served body that starts at line {firstLine}. If this file is served as is, the `---` lines break the policy',
    },
  },
  {
    id: 'STS003',
    alias: 'records-not-checked',
    severity: 'notice',
    title: 'No record source is known for a policy domain',
    rfc: 'RFC 8461 §3.1',
    messages: {
      noSource:
        'the `_mta-sts` and `_smtp._tls` records of `{domain}` were not checked because no source for them was found; pass `--record` and `--tlsrpt`, or name their sources in `.mta-sts-guard.yml`',
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
      template:
        'this file contains template syntax `{token}`, so it is not the body senders receive; lint the rendered file, or exclude this one with an explicit path list',
    },
  },
  {
    id: 'STS005',
    alias: 'jekyll-skips-dot-folder',
    severity: 'warning',
    title: 'Jekyll does not publish the `.well-known` folder',
    rfc: 'RFC 8461 §3.3',
    messages: {
      excludedConfig:
        '`_config.yml` does not list `{folder}` under `include`, and Jekyll skips folders that start with a dot, so the policy URL returns 404; add `include: ["{folder}"]` to `_config.yml`, or an empty `.nojekyll` file to the site root',
      excludedPages:
        'GitHub Pages builds this site with Jekyll by default (it has a `CNAME` file and no `.nojekyll`), and Jekyll skips folders that start with a dot, so the policy URL returns 404; add an empty `.nojekyll` file to the site root. If an Actions workflow deploys the site without Jekyll, turn this rule off',
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
      nearMiss:
        '`{name}` is not a registered field, so senders ignore this line and the policy has no `{target}` (names are case-sensitive); did you mean `{target}: {value}`?',
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
      registered:
        'second `{name}` line (`{value}`); the RFC says senders use only the first (`{firstValue}` on line {firstLine}), but some use the last, so senders would disagree. Keep one `{name}` line',
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
      loose:
        'mx pattern `{value}` accepts any host directly under `{domain}` that has a trusted certificate as an MX; list the MX hosts by name or use a dedicated zone such as `*.mx.{domain}`',
    },
  },
  {
    id: 'STS219',
    alias: 'max-age-short',
    severity: 'warning',
    title: 'The `max_age` value is shorter than one week',
    rfc: 'RFC 8461 §3.2, §10.2',
    messages: {
      enforce:
        'max_age `{value}` ({duration}) is short for an enforce policy: a downgrade attacker only has to wait until caches expire. Use at least 604800 (one week), and several weeks once the rollout is stable',
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
      missing:
        'mode `testing` reports failures only through TLS-RPT, and `{domain}` has no `_smtp._tls` record in {source}; publish `v=TLSRPTv1; rua=mailto:<address>`',
    },
  },
  {
    id: 'STS223',
    alias: 'enforce-without-tlsrpt',
    severity: 'notice',
    title: 'An enforce policy has no TLS-RPT record',
    rfc: 'RFC 8461 §5; RFC 8460 §3',
    messages: {
      missing:
        '`{domain}` enforces MTA-STS but has no `_smtp._tls` record in {source}, so nobody hears about deferred mail; publish `v=TLSRPTv1; rua=mailto:<address>`',
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
      unquoted:
        'in a zone file an unquoted `;` starts a comment, so this record publishes `{published}` and senders ignore it; quote the whole value: `"{intended}"`',
    },
  },
  {
    id: 'STS322',
    alias: 'record-computed',
    severity: 'notice',
    title: 'A record value is computed when the configuration is applied',
    rfc: 'RFC 8461 §3.1',
    messages: {
      computed:
        'the `{owner}` value is computed by `{expression}`, so it cannot be read and checked here; write the value as a literal string, or name a file with the rendered record in `.mta-sts-guard.yml` (`record: { file: ... }`)',
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
      assumedZone:
        '`{file}` defines `{name}` without saying for which zone; it is taken as `{owner}` because `{domain}` is the only policy domain found. Pin it with a `domains` entry in `.mta-sts-guard.yml`',
      unassigned:
        '`{file}` defines `{name}` without saying for which zone, and several policy domains were found, so it was not used; name the record source of each domain in `.mta-sts-guard.yml`',
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
      idUnchanged:
        'the policy of `{domain}` changed ({changes}) but the policy id is still `{id}` (base `{id}`, head `{id}`), so senders that cached the old policy keep it for up to its max_age; publish a new id (`mta-sts-guard bump {domain}`)',
      policyChanged: 'this policy change ({changes}) needs a new policy id, but `_mta-sts.{domain}` still says `id={id}`; run `mta-sts-guard bump {domain}`',
      idUnchangedStaged:
        'the staged policy of `{domain}` changed ({changes}) but the staged policy id is still `{id}`; run `mta-sts-guard bump {domain}` and `git add` the record file, or let the hook write the id with `--fix`',
    },
  },
  {
    id: 'STS502',
    alias: 'id-reused',
    severity: 'error',
    title: 'A policy id is reused for different policy content',
    rfc: 'RFC 8461 §3.1',
    messages: {
      reused:
        'policy id `{id}` was used for different policy content in commit {commit} ({date}); senders that cached that policy under this id will not fetch the new one. Pick an id never used before: `mta-sts-guard bump {domain} --scheme timestamp`',
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
      policyRemoved:
        'the policy of `{domain}` (mode {mode}) is removed, but senders keep applying a cached copy until its max_age runs out (up to {until}); first publish `mode: none` with `max_age: 86400` and a new id, keep it served until every cached policy has expired, then delete the record and the policy',
      recordRemoved:
        'the `_mta-sts.{domain}` record is removed while the policy says mode {mode}; deleting the record does not clear caches, so senders keep the old policy until its max_age runs out (up to {until}). Publish `mode: none` with a new id first',
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
      enforce:
        'mode goes from {from} to enforce for `{domain}`: senders will defer mail to any MX that fails. Before merging, check that every MX host matches an mx pattern, offers STARTTLS and has a valid certificate for its name, and that TLS-RPT reports are clean',
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
      computed:
        'the policy of `{domain}` changed, but the id in `_mta-sts.{domain}` is computed when the configuration is applied, so the gate cannot tell whether it changes; make sure it does, or keep the id as a literal value',
      cname: 'the policy of `{domain}` changed, but `_mta-sts.{domain}` is a CNAME, so its id is managed elsewhere; make sure it changes there',
      missing: 'the policy of `{domain}` changed, but no `_mta-sts.{domain}` record was found in its record source to compare ids',
      noSource:
        'the policy of `{domain}` changed, but no source for the `_mta-sts.{domain}` record was found, so the gate cannot check its id; name the record source in `.mta-sts-guard.yml`',
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

const BY_KEY = new Map<string, RuleMeta>();
for (const rule of RULES) {
  BY_KEY.set(rule.id, rule);
  BY_KEY.set(rule.alias, rule);
}

/** Looks a rule up by id (`STS204`) or alias (`mode-invalid`). */
export function findRule(key: string): RuleMeta | undefined {
  return BY_KEY.get(key) ?? BY_KEY.get(key.toUpperCase());
}

/** Fills a message template. A missing value renders as `?` so that a gap shows in tests. */
export function renderMessage(rule: RuleMeta, messageId: string, data: Record<string, string | number> = {}): string {
  const template = rule.messages[messageId];
  if (template === undefined) {
    return `${rule.title} (${messageId})`;
  }
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_match, name: string) => {
    const value = data[name];
    return value === undefined ? '?' : String(value);
  });
}
