import { z } from 'zod';

// zod 4 probes whether eval is allowed by calling `new Function("")` the first time a schema is
// built. Our CSP forbids eval, so the probe would be refused (and reported as a violation) on
// every load. Jitless mode skips the probe and the generated code: same results, no eval.
z.config({ jitless: true });
