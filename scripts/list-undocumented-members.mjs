// Prints the undocumented members of the API reference, counted per group (see
// scripts/undocumented-members.mjs) and per file; with `--list`, every member with its declaration.
import { convertProject, countByGroup, undocumentedMembers } from './undocumented-members.mjs';

const { project } = await convertProject({ plugin: [] });
if (!project) process.exit(1);
const members = undocumentedMembers(project);
const counts = countByGroup(members);
const byFile = new Map();
for (const m of members) {
  const key = `${m.group}\t${m.file}`;
  byFile.set(key, (byFile.get(key) ?? 0) + 1);
}
console.log(`undocumented members: ${members.length}`, counts);
const unique = new Map(members.map((m) => [m.declaration, m]));
console.log(`distinct declarations: ${unique.size}`, countByGroup([...unique.values()]));
for (const [key, n] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${key}`);
if (process.argv.includes('--list')) {
  for (const m of members) console.log(`${m.group}\t${m.file}:${m.line}\t${m.kind}\t${m.name}`);
}
