// A child process for the crash test: saves one story again and again until it is killed.
import { Library } from '../../../electron/services/library/library';

const [folder, id] = process.argv.slice(2) as [string, string];
const library = new Library(folder);
await library.open();
let { story, revision } = await library.read(id);
for (let n = Number(story.notes || 0) + 1; ; n++) {
  // a big body, so that a write takes long enough to be cut by the kill
  const body = Array.from({ length: 40 }, (_, k) => ({ type: 'paragraph' as const, text: `第${n}版第${k}段。`.repeat(25) }));
  const next = { ...story, notes: String(n), body };
  revision = (await library.save(id, next, revision)).revision;
  story = next;
  process.stdout.write(`${n}\n`);
}
