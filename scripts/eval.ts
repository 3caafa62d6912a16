// `npm run eval [-- --json]`: scores the model on the labeled corpus (docs/CORPUS.md).
// Run through jiti so it reads src/ and test/support/ as they are, without a build.
import { evaluateCorpus, formatReport } from '../test/support/corpusEval.js';

const json = process.argv.includes('--json');
const report = await evaluateCorpus();
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
