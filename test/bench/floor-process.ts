/** The floor as a whole process over directories: what the CLI batch is compared with. */
import { articleFiles, floor } from './floor.js';

floor(articleFiles(process.argv.slice(2)));
