/**
 * A tree read through the GitHub REST API, for a base commit that a
 * shallow clone does not have and git cannot fetch.
 */

import { GitError } from './errors.js';
import { filesUnder, hasFolder, type Tree } from './tree.js';

export interface ApiTreeOptions {
  token: string;
  owner: string;
  repo: string;
  commit: string;
}

export class ApiTree implements Tree {
  readonly label: string;
  readonly root: string;
  private listing: Promise<Map<string, string>> | undefined;
  private client: Promise<Awaited<ReturnType<typeof import('@actions/github')['getOctokit']>>> | undefined;

  constructor(
    root: string,
    private readonly options: ApiTreeOptions,
  ) {
    this.root = root;
    this.label = `\`${options.commit.slice(0, 12)}\` (read through the GitHub API)`;
  }

  private octokit() {
    this.client ??= import('@actions/github').then(({ getOctokit }) => getOctokit(this.options.token));
    return this.client;
  }

  private blobs(): Promise<Map<string, string>> {
    this.listing ??= (async () => {
      const octokit = await this.octokit();
      const { owner, repo, commit } = this.options;
      try {
        const response = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
        if (response.data.truncated) {
          throw new GitError(`the GitHub API returned a truncated file list for ${commit.slice(0, 12)}; fetch the base commit with git instead (fetch-depth: 0)`);
        }
        const blobs = new Map<string, string>();
        for (const entry of response.data.tree) {
          if (entry.type === 'blob' && entry.path && entry.sha) blobs.set(entry.path, entry.sha);
        }
        return blobs;
      } catch (error) {
        if (error instanceof GitError) throw error;
        throw new GitError(`cannot read commit ${commit.slice(0, 12)} through the GitHub API (${(error as Error).message}) after git could not fetch it; use \`fetch-depth: 0\` in actions/checkout, and give the job \`contents: read\``, { cause: error });
      }
    })();
    return this.listing;
  }

  async list(): Promise<string[]> {
    return [...(await this.blobs()).keys()].filter((file) => !file.split('/').some((segment) => segment === '.git' || segment === 'node_modules'));
  }

  async read(file: string): Promise<Uint8Array | null> {
    const sha = (await this.blobs()).get(file);
    if (!sha) return null;
    const octokit = await this.octokit();
    const { owner, repo, commit } = this.options;
    try {
      const response = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
      return Buffer.from(response.data.content, response.data.encoding === 'base64' ? 'base64' : 'utf8');
    } catch (error) {
      throw new GitError(`cannot read \`${file}\` of commit ${commit.slice(0, 12)} through the GitHub API: ${(error as Error).message}`, { cause: error });
    }
  }

  async listUnder(folder: string): Promise<string[]> {
    return filesUnder(await this.list(), folder);
  }

  async isFolder(folder: string): Promise<boolean> {
    return hasFolder(await this.list(), folder);
  }
}
