// Runs one adversarial document in its own process and prints {"seconds", "outcome"} as JSON, so
// the parent can kill a run that hangs (a synchronous loop cannot be interrupted in-process).
import { adversarialText } from './adversarial-text.ts';
import { extractText } from './extract-text.ts';
import { timeSeconds } from './suite.ts';

const [name = '', bytes = ''] = process.argv.slice(2);
const text = adversarialText(name, Number(bytes));
let outcome = '';
const seconds = await timeSeconds(() => {
  try {
    outcome = `${extractText('adversarial.txt', text).leaders.length} leaders`;
  } catch (error) {
    outcome = `refused: ${(error as Error).message}`;
  }
});
process.stdout.write(`${JSON.stringify({ seconds, outcome })}\n`);
