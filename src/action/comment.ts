/**
 * The pull request comment: one comment per pull request, found again by a
 * hidden marker and updated in place on each run.
 */

export const COMMENT_MARKER = '<!-- mta-sts-guard:summary -->';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Creates the comment, or updates the one that carries the marker. */
export async function upsertComment(token: string, pullRequest: PullRequestRef, summary: string): Promise<'created' | 'updated'> {
  // Loaded here because the GitHub client is large and only this opt-in feature needs it.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const body = `${COMMENT_MARKER}\n${summary}`;
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
