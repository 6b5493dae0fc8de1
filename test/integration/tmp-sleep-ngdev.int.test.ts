import { it } from 'vitest';
it('sleeps', async () => { await new Promise((r) => setTimeout(r, 50_000)); });
