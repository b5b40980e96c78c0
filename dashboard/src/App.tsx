import { StatusPanel } from './components/StatusPanel';

export function App() {
  return (
    <>
      <header className="app-header">
        <h1>TutorMax</h1>
        <p className="app-tagline">Tutor performance and retention</p>
      </header>
      <main className="app-main">
        <StatusPanel />
      </main>
    </>
  );
}
