import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { App } from './App';
import { jsonResponse, mockFetch } from './test/fetchMock';

it('renders the TutorMax shell with the platform status panel', async () => {
  mockFetch(jsonResponse({ status: 'UP', services: [] }));

  render(<App />);

  expect(screen.getByRole('banner')).toHaveTextContent('TutorMax');
  expect(screen.getByRole('heading', { level: 1, name: 'TutorMax' })).toBeInTheDocument();
  expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { name: 'Platform status' }));
  expect(await screen.findByText('No services have reported yet.')).toBeInTheDocument();
});
