/** Reads all of standard input; the password is its first line. */
async function fromStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

/** Asks on the terminal with echo off (raw mode: the typed characters are not shown). */
function prompt(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) throw new Error('No terminal to ask for the password on: use --password-stdin');
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (text: string) => {
      for (const c of text) {
        if (c === '\r' || c === '\n') return done();
        if (c === '\u0003') return done(new Error('Cancelled'));
        if (c === '\u007f' || c === '\b') typed = typed.slice(0, -1);
        else typed += c;
      }
    };
    input.on('data', onData);
  });
}

/** The password, from standard input or a prompt (asked twice when `confirm`). */
export async function readPassword(options: { fromStdin: boolean; confirm: boolean }): Promise<string> {
  if (options.fromStdin) return fromStandardInput();
  const password = await prompt('Password (at least 12 characters): ');
  if (options.confirm && (await prompt('Again: ')) !== password) throw new Error('The two passwords differ');
  return password;
}

