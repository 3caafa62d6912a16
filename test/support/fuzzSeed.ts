import fc from 'fast-check';

// Property tests draw new notes on every local run, to keep finding cases. CI draws the same ones each time
// (FUZZ_SEED picks others), so a merge is judged on the code, not on the draw; whatever a local run finds
// becomes a fixed example in its test.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20_261_206) });
