import { readdir, readFile, readlink } from 'node:fs/promises';

/**
 * Whether process `pid` holds the listening socket on TCP `port` (Linux: /proc), or null where
 * that cannot be told (another OS). A port chosen free and then handed to a child can be taken by
 * another process in between: an answer on the port is then someone else's, and only the socket's
 * owner says whose.
 */
export async function listensOn(pid: number, port: number): Promise<boolean | null> {
  if (process.platform !== 'linux') return null;
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
      const columns = line.trim().split(/\s+/);
      const [, local, , state] = columns;
      if (local?.endsWith(hexPort) && state === '0A' /* LISTEN */) inodes.add(columns[9] ?? '');
    }
  }
  if (inodes.size === 0) return false;
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode && inodes.has(inode)) return true;
  }
  return false;
}
