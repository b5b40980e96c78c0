/** Health of one service as reported by the workers' health endpoint. */
export interface ServiceHealth {
  name: string;
  status: string;
  instances: number;
  lastSeen: string | null;
}

/** Body of `GET /api/workers/health`. */
export interface PlatformHealth {
  status: string;
  services: ServiceHealth[];
}

export const HEALTH_URL = '/api/workers/health';

/** A non-2xx response; the message reads like "HTTP 500 Internal Server Error". */
export class HttpError extends Error {
  readonly status: number;

  constructor(status: number, statusText: string) {
    super(statusText ? `HTTP ${status} ${statusText}` : `HTTP ${status}`);
    this.name = 'HttpError';
    this.status = status;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseService(value: unknown): ServiceHealth {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.status !== 'string') {
    throw new Error('Unexpected health response: service without name or status');
  }
  return {
    name: value.name,
    status: value.status,
    instances: typeof value.instances === 'number' ? value.instances : 0,
    lastSeen: typeof value.lastSeen === 'string' ? value.lastSeen : null,
  };
}

/** Checks the shape of a health response body and returns it typed. */
export function parsePlatformHealth(body: unknown): PlatformHealth {
  if (!isRecord(body) || typeof body.status !== 'string') {
    throw new Error('Unexpected health response: missing status');
  }
  const services = body.services ?? [];
  if (!Array.isArray(services)) {
    throw new Error('Unexpected health response: services is not a list');
  }
  return { status: body.status, services: services.map(parseService) };
}

/** Fetches the platform health; rejects with {@link HttpError} on a non-2xx response. */
export async function fetchPlatformHealth(signal?: AbortSignal): Promise<PlatformHealth> {
  const response = await fetch(HEALTH_URL, {
    headers: { Accept: 'application/json' },
    signal,
  });
  if (!response.ok) {
    throw new HttpError(response.status, response.statusText);
  }
  return parsePlatformHealth(await response.json());
}
