import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { fetchPlatformHealth, HEALTH_URL, HttpError, parsePlatformHealth } from './health';

const body = {
  status: 'UP',
  services: [{ name: 'api-service', status: 'UP', instances: 1, lastSeen: '2026-11-29T10:00:00Z' }],
};

describe('fetchPlatformHealth', () => {
  it('GETs the health endpoint as JSON and returns the typed body', async () => {
    const fetchMock = mockFetch(jsonResponse(body));

    await expect(fetchPlatformHealth()).resolves.toEqual(body);

    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/workers/health');
    expect(HEALTH_URL).toBe('/api/workers/health');
    expect(init?.headers).toEqual({ Accept: 'application/json' });
  });

  it('rejects with an HttpError carrying the status on a non-2xx response', async () => {
    mockFetch(new Response('boom', { status: 500, statusText: 'Internal Server Error' }));

    const error = await fetchPlatformHealth().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 500, message: 'HTTP 500 Internal Server Error' });
  });

  it('rejects a body that is not a health response', async () => {
    mockFetch(jsonResponse({ services: [] }));

    await expect(fetchPlatformHealth()).rejects.toThrow('Unexpected health response: missing status');
  });
});

describe('parsePlatformHealth', () => {
  it('defaults missing optional fields', () => {
    expect(parsePlatformHealth({ status: 'DOWN', services: [{ name: 'x', status: 'DOWN' }] })).toEqual({
      status: 'DOWN',
      services: [{ name: 'x', status: 'DOWN', instances: 0, lastSeen: null }],
    });
  });

  it('treats a missing services list as empty', () => {
    expect(parsePlatformHealth({ status: 'UP' })).toEqual({ status: 'UP', services: [] });
  });

  it('rejects a service without a name', () => {
    expect(() => parsePlatformHealth({ status: 'UP', services: [{ status: 'UP' }] })).toThrow(
      'service without name or status',
    );
  });
});
