/**
 * Whether a request to the dev server comes from one of its own pages. Review writes notes, so it answers only
 * a page whose origin (scheme, host and port) is the dev server's own: not another port of `localhost` or
 * `127.0.0.1` (another dev server, a notebook, a local docs site), whose requests the browser sends all the same
 * and Vite's CORS lets through. The host must be one Vite itself serves (an address, `localhost`, or a host the
 * config allows), so that a name rebound to this machine cannot pass for it.
 */
import { isIP } from 'node:net';

export interface RequestOrigin {
  /** The `Origin` header, which browsers send with every POST. */
  origin: string | undefined;
  /** The `Host` header: the address the page was loaded from. */
  host: string | undefined;
  /** Whether the connection is TLS. */
  secure: boolean;
}

export interface ServedHosts {
  /** Vite's `server.allowedHosts`: host names besides addresses and `localhost`, or `true` for any. */
  allowedHosts: readonly string[] | true;
}

/** The host name of a `Host` header, without its port; an IPv6 address keeps its brackets. */
function hostNameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d+$/, '');
}

function served(hostName: string, { allowedHosts }: ServedHosts): boolean {
  if (allowedHosts === true) return true;
  if (isIP(hostName.replace(/^\[|\]$/g, '')) !== 0) return true;
  if (hostName === 'localhost' || hostName.endsWith('.localhost')) return true;
  return allowedHosts.some((allowed) =>
    allowed.startsWith('.') ? hostName === allowed.slice(1) || hostName.endsWith(allowed) : hostName === allowed,
  );
}

/** Why a request is refused, or undefined when it comes from the dev server's own page. */
export function foreignOrigin(request: RequestOrigin, hosts: ServedHosts): string | undefined {
  const { origin, host, secure } = request;
  if (!origin || origin === 'null') return 'it names no origin';
  if (!host || !served(hostNameOf(host.toLowerCase()), hosts)) return `its host "${host ?? ''}" is not this server's`;
  const own = `${secure ? 'https' : 'http'}://${host.toLowerCase()}`;
  return origin.toLowerCase() === own ? undefined : `it comes from ${origin}, not from ${own}`;
}
