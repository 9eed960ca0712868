// Compiles a .typ file to PDF with Typst's Node.js binding (the Typst used in issue 9's figures):
// node bench/typst.mjs in.typ out.pdf. bench/install-tools.sh installs the binding into bench/tools.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(resolve(dirname(fileURLToPath(import.meta.url)), 'tools', 'package.json'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [input, output] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: dirname(resolve(input)), fontArgs: [{ fontPaths: ['/usr/share/fonts'] }] });
const pdf = compiler.pdf({ mainFilePath: resolve(input) });
writeFileSync(output, pdf);
