// Compiles a .typ file to PDF with Typst's Node.js binding (the Typst used in issue 9's figures):
// node bench/typst.mjs in.typ out.pdf. bench/install-tools.sh installs the binding into bench/tools.
// Fonts: the faces the themes ship (styles/fonts, e.g. TeX Gyre Pagella) first, then the system's.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, 'tools', 'package.json'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [input, output] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: dirname(resolve(input)), fontArgs: [{ fontPaths: [resolve(here, '..', 'styles', 'fonts'), '/usr/share/fonts'] }] });
const pdf = compiler.pdf({ mainFilePath: resolve(input) });
writeFileSync(output, pdf);
