/**
 * The policy id gate: compares one policy domain at two revisions. Senders
 * cache a policy for `max_age` seconds and fetch it again only when the id
 * in the `_mta-sts` record changes (RFC 8461 §3.1, §3.3, §5.1). So every
 * change to what senders act on needs a new id, and an id must never come
 * back for different content.
 */

import type { RawFinding, Span } from '../diagnostic.js';
import { canonicalText, type CanonicalPolicy } from '../policy/canonical.js';

/** State of a policy domain at one revision. */
export interface DomainState {
  policy: {
    file: string;
    canonical: CanonicalPolicy;
    /** The policy body as text, for finding the changed lines. */
    text: string;
    /** Line number in the file of the first body line (after front matter). */
    firstLine: number;
    mode: string | null;
    maxAge: number | null;
    /** Span of the mode value, for findings about the mode. */
    modeSpan?: Span;
  } | null;
  record: {
    file: string | null;
    id: string | null;
    idSpan: Span | null;
    /** Reason the id cannot be read, when it cannot. */
    unreadable?: 'computed' | 'cname' | 'missing';
  } | null;
}

/** One earlier (id, content) pair of the domain, from the reachable history. */
export interface HistoryEntry {
  commit: string;
  /** Commit time as an ISO 8601 date. */
  date: string;
  id: string;
  canonical: string;
}

export interface GateInput {
  domain: string;
  base: DomainState | null;
  head: DomainState | null;
  /** Earlier states, newest first. */
  history: HistoryEntry[];
  /** The date the change takes effect, for "until" dates: the head commit date or now. */
  now: Date;
  /** True when live checks ran in the same job, so raising the mode needs no reminder. */
  liveChecked: boolean;
  /** True for a commit hook, where a new id must also be staged. */
  staged?: boolean;
}

/** A finding about a file other than the policy file, such as the record source. */
export interface GateFinding {
  file: string | null;
  raw: RawFinding;
}

const MODE_RANK: Record<string, number> = { none: 0, testing: 1, enforce: 2 };

/** Compares the two states of one domain and returns the gate's findings. */
export function compareRevisions(input: GateInput): GateFinding[] {
  const { base, head, domain } = input;
  const findings: GateFinding[] = [];
  if (!base?.policy && !base?.record?.id) return findings;

  if (checkRemoval(input, findings)) return findings;
  if (head?.policy && !base.policy) {
    // A first policy for a domain that already published a record goes straight to senders.
    if (head.policy.mode === 'enforce' && !input.liveChecked) {
      findings.push({ file: head.policy.file, raw: { ruleId: 'STS506', messageId: 'enforce', data: { domain, from: 'no policy' }, ...(head.policy.modeSpan ? { span: head.policy.modeSpan } : {}) } });
    }
    return findings;
  }
  if (!head?.policy || !base.policy) return findings;

  const before = canonicalText(base.policy.canonical);
  const after = canonicalText(head.policy.canonical);
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
  } else if (contentChanged && !head.record) {
    findings.push({ file: head.policy.file, raw: { ruleId: 'STS508', messageId: 'noSource', data: { domain } } });
  } else if (contentChanged && baseId !== null && headId !== null && baseId === headId) {
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
  } else if (!contentChanged && headId !== null && baseId !== null && headId !== baseId && !reused) {
    findings.push({ file: idSite.file, raw: { ruleId: 'STS504', messageId: 'sameContent', data: { baseId, headId }, ...(idSite.span ? { span: idSite.span } : {}) } });
  } else if (!contentChanged && base.policy.text !== head.policy.text && headId === baseId) {
    const changed = changedLines(base.policy.text, head.policy.text, head.policy.firstLine);
    findings.push({ file: head.policy.file, raw: { ruleId: 'STS503', messageId: 'formatting', ...(changed ? { span: changed } : {}) } });
  }

  if (reused && headId !== null) {
    findings.push({
      file: idSite.file,
      raw: { ruleId: 'STS502', messageId: 'reused', data: { domain, id: headId, commit: reused.commit.slice(0, 12), date: reused.date.slice(0, 10) }, ...(idSite.span ? { span: idSite.span } : {}) },
    });
  }

  if (contentChanged) checkTransitions(input, base.policy, head.policy, findings);
  return findings;
}

/**
 * Reports a policy or record deleted while senders may still hold a cached
 * testing or enforce policy (RFC 8461 §8.3). Returns true when the domain is gone.
 */
function checkRemoval(input: GateInput, findings: GateFinding[]): boolean {
  const { base, head, domain } = input;
  const baseMode = base?.policy?.mode ?? null;
  const policyGone = base?.policy && !head?.policy;
  const recordGone = base?.record?.id && head?.record?.unreadable === 'missing';
  const recordSourceGone = base?.record?.id && !head?.record;
  if (!policyGone && !recordGone && !recordSourceGone) return false;
  // A record without a policy never made senders cache anything, so removing it is harmless.
  if (!base?.policy) return true;

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

function maxAgeOf(canonical: string): number {
  const match = /^max_age: ([0-9]+)$/m.exec(canonical);
  return match ? Number(match[1]) : 0;
}

/** Reports raising the mode to enforce and narrowing changes that old caches outlive. */
function checkTransitions(input: GateInput, before: NonNullable<DomainState['policy']>, after: NonNullable<DomainState['policy']>, findings: GateFinding[]): void {
  const file = after.file;
  if (after.mode === 'enforce' && before.mode !== 'enforce' && !input.liveChecked) {
    findings.push({ file, raw: { ruleId: 'STS506', messageId: 'enforce', data: { domain: input.domain, from: before.mode ?? 'none' }, ...(after.modeSpan ? { span: after.modeSpan } : {}) } });
  }

  // Senders do not apply a cached `none` policy, so narrowing one changes nothing for them.
  if (before.mode === 'none') return;
  const oldMaxAge = before.maxAge ?? 0;
  const until = new Date(input.now.getTime() + oldMaxAge * 1000).toISOString().slice(0, 10);
  const removedMx = before.canonical.mx.filter((pattern) => !after.canonical.mx.includes(pattern));
  const lowered = before.mode !== null && after.mode !== null && (MODE_RANK[after.mode] ?? 0) < (MODE_RANK[before.mode] ?? 0);
  const shortened = before.maxAge !== null && after.maxAge !== null && after.maxAge < before.maxAge;

  if (removedMx.length > 0) {
    findings.push({ file, raw: { ruleId: 'STS507', messageId: 'mxRemoved', data: { patterns: removedMx.join('`, `'), until } } });
  }
  if (lowered) {
    findings.push({ file, raw: { ruleId: 'STS507', messageId: 'modeLowered', data: { from: before.mode!, to: after.mode!, until }, ...(after.modeSpan ? { span: after.modeSpan } : {}) } });
  }
  if (shortened) {
    findings.push({ file, raw: { ruleId: 'STS507', messageId: 'maxAgeShortened', data: { from: before.maxAge!, to: after.maxAge!, until } } });
  }
}

/** Summarizes what changed between two canonical policies, for messages. */
export function describeChanges(before: CanonicalPolicy, after: CanonicalPolicy): string {
  const changes: string[] = [];
  if (before.mode !== after.mode) changes.push(`mode ${before.mode ?? 'missing'} → ${after.mode ?? 'missing'}`);
  if (before.maxAge !== after.maxAge) changes.push(`max_age ${before.maxAge ?? 'missing'} → ${after.maxAge ?? 'missing'}`);
  const added = after.mx.filter((pattern) => !before.mx.includes(pattern));
  const removed = before.mx.filter((pattern) => !after.mx.includes(pattern));
  if (added.length > 0) changes.push(`mx added ${added.join(', ')}`);
  if (removed.length > 0) changes.push(`mx removed ${removed.join(', ')}`);
  if (before.version !== after.version) changes.push(`version ${before.version ?? 'missing'} → ${after.version ?? 'missing'}`);
  if (JSON.stringify(before.extensions) !== JSON.stringify(after.extensions)) changes.push('extension fields changed');
  return changes.join('; ') || 'content changed';
}

/** Returns the span from the first to the last line of `after` that is not in `before`. */
function changedLines(before: string, after: string, firstLine: number): Span | undefined {
  const old = new Set(before.split(/\r\n|\n|\r/));
  const lines = after.split(/\r\n|\n|\r/);
  let first = -1;
  let last = -1;
  lines.forEach((line, index) => {
    if (line.length > 0 && !old.has(line)) {
      if (first < 0) first = index;
      last = index;
    }
  });
  if (first < 0) return undefined;
  return { line: first + firstLine, column: 1, endLine: last + firstLine, endColumn: lines[last]!.length + 1 };
}
