/**
 * The live jobs: `inspect` (the live state of any domains, no repository)
 * and the live half of `check --live` (the repository's domains compared
 * with what senders see).
 */

import { compareFindings, type Finding } from '../core/diagnostic.js';
import { evaluateLive, type LiveSummary, type RepositorySide } from '../core/live/evaluate.js';
import type { CheckReport } from './check.js';
import { DEFAULT_HISTORY_DEPTH, readRepositoryHistory } from './gate.js';
import type { LiveState } from '../core/live/state.js';
import type { RuleSettings } from '../core/lint.js';
import { DnsClient } from '../adapters/live/dns.js';
import { collectLiveState, mapConcurrent, selectShard, type LiveOptions } from './live.js';

export interface LiveReport {
  findings: Finding[];
  live: LiveSummary[];
  states: LiveState[];
}

export interface LiveRunOptions extends LiveOptions {
  shard?: { index: number; count: number };
  settings?: RuleSettings;
  /** Called after each domain, for progress on a terminal. */
  onProgress?: (done: number, total: number, domain: string) => void;
  now?: () => Date;
  /** Milliseconds after which a policy fetch counts as slow. */
  slowMs?: number;
}

/** Checks the live state of each domain (of one shard), with the repository's side where given. */
export async function runLive(domains: readonly string[], options: LiveRunOptions, repository: ReadonlyMap<string, RepositorySide> = new Map()): Promise<LiveReport> {
  const selected = selectShard(domains, options.shard);
  const dns = new DnsClient({ servers: options.resolvers, timeoutMs: options.dnsTimeoutMs, retries: options.dnsRetries });
  let done = 0;

  const states = await mapConcurrent(selected, options.concurrency, async (domain) => {
    const state = await collectLiveState(domain, options, dns, options.now);
    options.onProgress?.(++done, selected.length, domain);
    return state;
  });

  const findings: Finding[] = [];
  const live: LiveSummary[] = [];
  for (const state of states) {
    const result = evaluateLive(state, repository.get(state.domain) ?? null, options.settings, options.slowMs === undefined ? {} : { slowMs: options.slowMs });
    findings.push(...result.findings);
    live.push(result.summary);
  }
  findings.sort(compareFindings);
  return { findings, live, states };
}

/**
 * Narrows a check report to the domains of one shard, so a matrix job reports
 * the lint findings of its own domains only. Findings of policy files whose
 * domain is unknown stay in the first shard. Returns the number of domains
 * kept.
 */
export function keepShard(report: CheckReport, shard: { index: number; count: number }): number {
  const all = report.results.map((result) => result.domain).filter((domain): domain is string => domain !== null);
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
export async function runLiveForReport(report: CheckReport, options: LiveRunOptions, historyDepth?: number): Promise<LiveReport> {
  const histories = await readRepositoryHistory(report, historyDepth ?? report.config?.historyDepth ?? DEFAULT_HISTORY_DEPTH);
  const sides = new Map<string, RepositorySide>();
  for (const [index, result] of report.results.entries()) {
    if (!result.domain || sides.has(result.domain)) continue;
    const input = report.inputs[index]!;
    const hasRecord = input.sts !== undefined && input.sts.records.length > 0 && !input.sts.cname;
    sides.set(result.domain, { result, hasRecord, history: histories.get(result.domain) ?? [] });
  }
  return runLive([...sides.keys()], { ...options, settings: report.config?.rules ?? new Map() }, sides);
}
