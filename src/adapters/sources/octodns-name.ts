/** Returns the zone name an octoDNS file is for: its file name without `.yaml`. */
export function octodnsZoneName(file: string): string | null {
  const base = file.split('/').pop() ?? '';
  const match = /^(.+\.[A-Za-z0-9-]+)\.ya?ml$/.exec(base);
  return match ? match[1]!.toLowerCase() : null;
}
