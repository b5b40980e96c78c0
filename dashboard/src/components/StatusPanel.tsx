import { useEffect, useState } from 'react';
import { fetchPlatformHealth, type PlatformHealth } from '../api/health';

type PanelState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; health: PlatformHealth };

function formatLastSeen(lastSeen: string | null): string {
  if (!lastSeen) return '—';
  const date = new Date(lastSeen);
  return Number.isNaN(date.getTime()) ? lastSeen : date.toLocaleString();
}

function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.toLowerCase()}`}>{status}</span>;
}

/** Shows the health of each platform service, from GET /api/workers/health. */
export function StatusPanel() {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchPlatformHealth(controller.signal).then(
      (health) => {
        if (!controller.signal.aborted) setState({ kind: 'loaded', health });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <section className="panel" aria-labelledby="platform-status-heading">
      <h2 id="platform-status-heading">Platform status</h2>
      {state.kind === 'loading' && (
        <p role="status" aria-live="polite">
          Loading platform status…
        </p>
      )}
      {state.kind === 'error' && (
        <div role="alert" className="panel-error">
          <p>
            <strong>Status unavailable</strong>
          </p>
          <p>{state.message}</p>
        </div>
      )}
      {state.kind === 'loaded' && (
        <>
          <p>
            Overall: <StatusBadge status={state.health.status} />
          </p>
          {state.health.services.length === 0 ? (
            <p>No services have reported yet.</p>
          ) : (
            <table>
              <caption>Services</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Status</th>
                  <th scope="col">Instances</th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {state.health.services.map((service) => (
                  <tr key={service.name}>
                    <th scope="row">{service.name}</th>
                    <td>
                      <StatusBadge status={service.status} />
                    </td>
                    <td>{service.instances}</td>
                    <td>
                      {service.lastSeen ? (
                        <time dateTime={service.lastSeen}>{formatLastSeen(service.lastSeen)}</time>
                      ) : (
                        formatLastSeen(null)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
