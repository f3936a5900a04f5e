// The page's first script (index.html): asks for the landscape, the largest answer, while the
// app's own code still loads; the app takes the answer over when it asks (core/api/client).

import { prefetchLandscape } from './core/landscape/prefetch';

prefetchLandscape(window.location.search);
