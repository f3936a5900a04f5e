// The questions of the "Netzwerkgewirr" as top-level fields, one folder per question: its
// resolver and argument checks, the statements it reads (for questions with a stored answer, its
// entry in server/src/derived/questions.ts), and its arithmetic as pure functions beside their
// tests. Every list is ordered with ties broken by id, so answers are stable.

import './authorityOverlaps/index.js';
import './networkSimilarity/index.js';
import './overlapMatrix/index.js';
import './duplicateParticipation/index.js';
import './topicRedundancy/index.js';
import './connection/index.js';
import './recommendedNetworks/index.js';
import './innovationTransfer/index.js';
import './clusters/index.js';
