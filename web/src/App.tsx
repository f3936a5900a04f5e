import { LandscapeView } from './views/landscape/LandscapeView';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Netzwerkatlas <span lang="en">· Network atlas</span>
        </h1>
        <p>Innovationsnetzwerke der öffentlichen Verwaltung in Deutschland</p>
      </header>
      <main>
        <LandscapeView />
      </main>
    </div>
  );
}
