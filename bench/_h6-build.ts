import { copyFileSync, writeFileSync } from 'node:fs';
import { millionDatabase } from '/work/main/bench/million';
const m = await millionDatabase((s) => console.error(s));
copyFileSync(m.url, '/tmp/h6/million.db');
writeFileSync('/tmp/h6/million.json', JSON.stringify({ ...m, url: '/tmp/h6/million.db' }));
console.log('done');
