import { run } from "../dist/b/bin.js"; await run();
