import { WorkGroupsScreen } from './screens/WorkGroupsScreen';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Work Group Evaluator</span>
      </header>
      <main className="app-main">
        <WorkGroupsScreen />
      </main>
    </div>
  );
}
