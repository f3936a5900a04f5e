// The web app's entry: the App in React's strict mode, under one react-query client (answers
// stay fresh for a minute; a failed request is tried once more). The landscape's request has
// started before (./prefetch, which the built page loads as a script of its own, first).

import './prefetch';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1 } } });

const root = document.getElementById('root');
if (!root) throw new Error('web: #root is missing in index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
