/** Bundle entry of the `satudata` command (out/node/satudata.cjs). */
import { main } from './main';

main();
