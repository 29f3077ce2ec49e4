/**
 * The pull request comment: one comment per pull request, found again by a
 * hidden marker and updated in place on each run.
 */

export const COMMENT_MARKER = '<!-- mta-sts-guard:summary -->';

/** GitHub rejects a comment body longer than this many characters with 422 Validation Failed. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/**
 * Builds the comment body: the marker and the summary. A summary too long
 * for one comment is cut at a line break, so no table row or finding is cut
 * in half, and ends with a pointer to the job summary (`runUrl` links it).
 */
export function buildCommentBody(summary: string, runUrl?: string): string {
  const body = `${COMMENT_MARKER}\n${summary}`;
  // String length counts UTF-16 code units, never fewer than the characters GitHub counts.
  if (body.length <= MAX_COMMENT_LENGTH) return body;
  const jobSummary = runUrl ? `the [job summary](${runUrl})` : 'the job summary';
  const note = `\n\n> This summary is longer than a pull request comment can be (${MAX_COMMENT_LENGTH} characters), so it stops here; ${jobSummary} has all of it.\n`;
  const cut = body.lastIndexOf('\n', MAX_COMMENT_LENGTH - note.length);
  return `${body.slice(0, cut)}${note}`;
}

/** Creates the comment, or updates the one that carries the marker. */
export async function upsertComment(token: string, pullRequest: PullRequestRef, summary: string, runUrl?: string): Promise<'created' | 'updated'> {
  // Loaded here because the GitHub client is large and only this opt-in feature needs it.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const body = buildCommentBody(summary, runUrl);
  const { owner, repo, number } = pullRequest;

  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const existing = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
  if (existing) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  return 'created';
}
