import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { StatusPanel } from './StatusPanel';

describe('StatusPanel', () => {
  it('shows a loading status, then each service with its status', async () => {
    mockFetch(
      jsonResponse({
        status: 'DOWN',
        services: [
          { name: 'api-service', status: 'UP', instances: 2, lastSeen: '2026-11-29T10:00:00Z' },
          { name: 'churn-service', status: 'DOWN', instances: 0, lastSeen: null },
        ],
      }),
    );

    render(<StatusPanel />);

    expect(screen.getByRole('heading', { name: 'Platform status' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading platform status');

    const table = await screen.findByRole('table', { name: 'Services' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Service',
      'Status',
      'Instances',
      'Last seen',
    ]);
    const api = within(table).getByRole('row', { name: /api-service/ });
    expect(within(api).getByRole('rowheader')).toHaveTextContent('api-service');
    expect(api).toHaveTextContent('UP');
    expect(api).toHaveTextContent('2');
    const churn = within(table).getByRole('row', { name: /churn-service/ });
    expect(churn).toHaveTextContent('DOWN');
    expect(screen.getByText(/Overall:/)).toHaveTextContent('Overall: DOWN');
  });

  it('shows "Status unavailable" with the HTTP error on a 500', async () => {
    mockFetch(new Response('boom', { status: 500, statusText: 'Internal Server Error' }));

    render(<StatusPanel />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Status unavailable');
    expect(alert).toHaveTextContent('HTTP 500 Internal Server Error');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows "Status unavailable" when the gateway cannot be reached', async () => {
    const fetchMock = mockFetch(new Response());
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    render(<StatusPanel />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Status unavailableFailed to fetch');
  });

  it('shows the empty state when no services have reported', async () => {
    mockFetch(jsonResponse({ status: 'UP', services: [] }));

    render(<StatusPanel />);

    expect(await screen.findByText('No services have reported yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
