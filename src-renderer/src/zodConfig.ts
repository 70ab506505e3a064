import { z } from 'zod';

// The window's Content-Security-Policy forbids eval. Left to itself, zod probes for it (new Function)
// when its first schema is built, and the refused probe is logged as a CSP error on every page: so
// tell it not to compile parsers at all. Imported first, before any module builds a schema.
z.config({ jitless: true });
