import { createInterface } from 'node:readline';

/**
 * Reads a password: the first line of standard input when it is not a terminal (scripts), or a
 * prompt with hidden echo on a terminal (asked twice when `confirm`).
 */
export async function readPassword(prompt: string, confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line.replace(/\r$/, '');
    }
    throw new Error('No password on standard input');
  }
  const first = await promptHidden(prompt);
  if (confirm && (await promptHidden('Ulangi kata sandi: ')) !== first)
    throw new Error('Kata sandi tidak sama.');
  return first;
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('Dibatalkan'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
