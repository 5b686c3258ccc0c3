/** Which pages may ask the dev server to write a note: its own, and no other origin on this machine. */
import { describe, expect, test } from 'vitest';
import { foreignOrigin } from '../../src/review/own-origin.ts';

const hosts = { allowedHosts: [] as string[] };

describe('foreignOrigin', () => {
  test("the dev server's own page, by name or address, is let through", () => {
    for (const host of ['localhost:4321', '127.0.0.1:4321', '[::1]:4321', 'LOCALHOST:4321'])
      expect(foreignOrigin({ origin: `http://${host.toLowerCase()}`, host, secure: false }, hosts)).toBeUndefined();
    expect(foreignOrigin({ origin: 'https://localhost:4321', host: 'localhost:4321', secure: true }, hosts)).toBe(
      undefined,
    );
  });

  test('another port of localhost or 127.0.0.1 is refused', () => {
    expect(foreignOrigin({ origin: 'http://localhost:8001', host: 'localhost:4321', secure: false }, hosts)).toBe(
      'it comes from http://localhost:8001, not from http://localhost:4321',
    );
    expect(foreignOrigin({ origin: 'http://127.0.0.1:8001', host: 'localhost:4321', secure: false }, hosts)).toMatch(
      /^it comes from http:\/\/127\.0\.0\.1:8001/,
    );
    // The same host and port over another scheme is another origin.
    expect(foreignOrigin({ origin: 'https://localhost:4321', host: 'localhost:4321', secure: false }, hosts)).toMatch(
      /^it comes from/,
    );
  });

  test('a request naming no origin, or an opaque one, is refused', () => {
    expect(foreignOrigin({ origin: undefined, host: 'localhost:4321', secure: false }, hosts)).toBe(
      'it names no origin',
    );
    expect(foreignOrigin({ origin: 'null', host: 'localhost:4321', secure: false }, hosts)).toBe('it names no origin');
  });

  test('a name rebound to this machine is refused unless the config allows it', () => {
    const rebound = { origin: 'http://evil.example:4321', host: 'evil.example:4321', secure: false };
    expect(foreignOrigin(rebound, hosts)).toBe('its host "evil.example:4321" is not this server\'s');
    expect(foreignOrigin(rebound, { allowedHosts: ['evil.example'] })).toBeUndefined();
    expect(foreignOrigin(rebound, { allowedHosts: ['.example'] })).toBeUndefined();
    expect(foreignOrigin(rebound, { allowedHosts: true })).toBeUndefined();
  });
});
