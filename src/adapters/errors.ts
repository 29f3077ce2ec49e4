/**
 * Operational failures (bad input, missing files, git or network errors).
 * Lint results are never thrown: they are findings. Each class has a stable
 * `code` that scripts and tests can match instead of the message.
 */

export class GuardError extends Error {
  readonly code: string;

  constructor(message: string, code = 'GUARD_ERROR', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GuardError';
    this.code = code;
  }
}

/** A command-line flag or argument is invalid. */
export class UsageError extends GuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'USAGE_INVALID', options);
    this.name = 'UsageError';
  }
}

/** The configuration file cannot be read or does not match the schema. */
export class ConfigError extends GuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'CONFIG_INVALID', options);
    this.name = 'ConfigError';
  }
}

/** A file or folder named by the user or the configuration cannot be read. */
export class InputError extends GuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'INPUT_UNREADABLE', options);
    this.name = 'InputError';
  }
}

/** A git command failed. */
export class GitError extends GuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'GIT_FAILED', options);
    this.name = 'GitError';
  }
}
