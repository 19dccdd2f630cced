// The builder on the demo server (npm start): widgets from source, so the preview needs no built bundle.
import '../src/index.js';
import '../src/builder/builder-page.js';
